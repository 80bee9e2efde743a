package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Amend a decision: a new version with the fields given ({@code null} keeps a field as it is; an empty
 * list of references removes them all), and the reason for it. Body, Sozialraum and mandates stay.
 */
public record AmendDecisionCommand(
        @TargetAggregateIdentifier String decisionId,
        LocalDate decidedOn,
        String subject,
        String rationale,
        Votes votes,
        List<DecisionReference> references,
        String reason) {

    public AmendDecisionCommand {
        references = references == null ? null : List.copyOf(references);
    }
}
