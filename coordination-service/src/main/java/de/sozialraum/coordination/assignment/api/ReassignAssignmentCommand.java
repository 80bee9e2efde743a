package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Stabsstelle hands an unfinished assignment to another department, with a reason. */
public record ReassignAssignmentCommand(@TargetAggregateIdentifier String assignmentId, String department, String reason) {
}
