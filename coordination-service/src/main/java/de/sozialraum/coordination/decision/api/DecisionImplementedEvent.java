package de.sozialraum.coordination.decision.api;

import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;

/** Every assignment the decision mandated is completed. */
@PublishedAs("de.sozialraum.coordination.DecisionImplemented.v1")
public record DecisionImplementedEvent(String decisionId, String kommuneKey, String sozialraumId, List<String> completed)
        implements DecisionTimeline {

    public DecisionImplementedEvent {
        completed = List.copyOf(completed);
    }
}
