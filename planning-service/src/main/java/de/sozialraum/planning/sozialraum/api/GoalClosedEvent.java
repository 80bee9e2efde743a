package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The goal ended: achieved (with an optional note) or abandoned (with its reason). It takes no further change. */
@PublishedAs("de.sozialraum.planning.GoalClosed.v1")
public record GoalClosedEvent(
        String goalId,
        String sozialraumId,
        String kommuneKey,
        GoalOutcome outcome,
        String note) implements TimelineEvent {
}
