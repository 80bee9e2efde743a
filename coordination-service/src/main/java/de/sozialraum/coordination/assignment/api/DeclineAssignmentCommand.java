package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String reason) {
}
