package de.sozialraum.coordination.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mandate saga could not issue a mandate's assignment (e.g. its department was retired meanwhile). System only. */
public record RecordMandateNotIssuedCommand(@TargetAggregateIdentifier String decisionId, String assignmentId, String problemCode) {
}
