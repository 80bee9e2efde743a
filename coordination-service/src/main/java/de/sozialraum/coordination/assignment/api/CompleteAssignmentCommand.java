package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head reports the work done: what came out of it and, optionally, where it shows (evidence). */
public record CompleteAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String outcome, String evidence) {
}
