package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;

/**
 * A decision was recorded (version 1), with the assignments its mandates become; the mandate saga issues
 * them under exactly these ids.
 */
@PublishedAs("de.sozialraum.coordination.DecisionRecorded.v1")
public record DecisionRecordedEvent(
        String decisionId,
        String kommuneKey,
        String sozialraumId,
        DecisionBody body,
        String bodyName,
        LocalDate decidedOn,
        String subject,
        String rationale,
        Votes votes,
        List<DecisionReference> references,
        List<MandatedAssignment> mandates) implements DecisionTimeline {

    public DecisionRecordedEvent {
        references = references == null ? List.of() : List.copyOf(references);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
    }
}
