package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a decision (Beschluss) of a body for the Stabsstelle's Kommune. {@code bodyName} names a Kommune's
 * own body ({@code OTHER}); {@code votes} and {@code sozialraumId} are optional.
 */
public record RecordDecisionCommand(
        @TargetAggregateIdentifier String decisionId,
        DecisionBody body,
        String bodyName,
        LocalDate decidedOn,
        String subject,
        String rationale,
        Votes votes,
        String sozialraumId,
        List<DecisionReference> references,
        List<Mandate> mandates) {

    public RecordDecisionCommand {
        references = references == null ? List.of() : List.copyOf(references);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }
}
