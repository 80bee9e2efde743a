package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Stabsstelle withdraws an assignment that is not finished, with a reason. */
public record CancelAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String reason) {
}
