package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head reports that the work cannot go on, and why. */
public record BlockAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String reason) {
}
