package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Stabsstelle agrees to the department's counter-proposal. */
public record AcceptProposalCommand(@TargetAggregateIdentifier String assignmentId, String note) {
}
