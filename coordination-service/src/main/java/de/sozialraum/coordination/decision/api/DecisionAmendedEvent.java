package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;

/**
 * A new version of a decision: its complete content as amended, the fields that changed
 * ({@code decidedOn}, {@code subject}, {@code rationale}, {@code votes}, {@code references}) and why.
 */
@PublishedAs("de.sozialraum.coordination.DecisionAmended.v1")
public record DecisionAmendedEvent(
        String decisionId,
        String kommuneKey,
        String sozialraumId,
        int version,
        LocalDate decidedOn,
        String subject,
        String rationale,
        Votes votes,
        List<DecisionReference> references,
        List<String> changed,
        String reason) implements DecisionTimeline {

    public DecisionAmendedEvent {
        references = references == null ? List.of() : List.copyOf(references);
        changed = changed == null ? List.of() : List.copyOf(changed);
    }
}
