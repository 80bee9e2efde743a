package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcceptAssignmentCommand(@TargetAggregateIdentifier String assignmentId) {
}
