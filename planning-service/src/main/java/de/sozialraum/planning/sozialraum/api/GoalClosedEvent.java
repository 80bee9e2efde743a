package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The goal ended: achieved (with an optional note), abandoned (with its reason) or transferred to a
 * successor of its Sozialraum ({@code carriedOverTo} names the goal there; {@code null} otherwise and in
 * events stored before it was added). It takes no further change.
 */
@PublishedAs("de.sozialraum.planning.GoalClosed.v1")
public record GoalClosedEvent(
        String goalId,
        String sozialraumId,
        String kommuneKey,
        GoalOutcome outcome,
        String note,
        GoalLink carriedOverTo) implements TimelineEvent {

    /** Achieved or abandoned. */
    public GoalClosedEvent(String goalId, String sozialraumId, String kommuneKey, GoalOutcome outcome, String note) {
        this(goalId, sozialraumId, kommuneKey, outcome, note, null);
    }
}
