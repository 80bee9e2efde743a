package de.sozialraum.coordination.decision.api;

import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;

/**
 * Every mandate is settled, but not all completed. {@code conclusive} is false while a declined one could
 * still be reassigned by the Stabsstelle (and then perhaps completed, turning this into
 * {@code DecisionImplemented}).
 */
@PublishedAs("de.sozialraum.coordination.DecisionPartiallyImplemented.v1")
public record DecisionPartiallyImplementedEvent(
        String decisionId,
        String kommuneKey,
        String sozialraumId,
        List<String> completed,
        List<String> declined,
        List<String> cancelled,
        List<String> notIssued,
        boolean conclusive) implements DecisionTimeline {

    public DecisionPartiallyImplementedEvent {
        completed = List.copyOf(completed);
        declined = List.copyOf(declined);
        cancelled = List.copyOf(cancelled);
        notIssued = List.copyOf(notIssued);
    }
}
