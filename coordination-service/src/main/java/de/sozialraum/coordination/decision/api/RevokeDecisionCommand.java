package de.sozialraum.coordination.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke (aufheben) a decision in force, with the reason; its open mandated assignments are cancelled. */
public record RevokeDecisionCommand(@TargetAggregateIdentifier String decisionId, String reason) {
}
