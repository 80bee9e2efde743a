package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Stabsstelle keeps the assignment as issued; the department answers it again. */
public record RejectProposalCommand(@TargetAggregateIdentifier String assignmentId, String reason) {
}
