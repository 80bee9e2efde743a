package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head reports that the work goes on again, and why. */
public record UnblockAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String reason) {
}
