package de.sozialraum.coordination.decision.api;

import de.sozialraum.platform.publication.PublishedEvent;
import de.sozialraum.platform.publication.Timelines;

/**
 * Where a decision's events go: on its Sozialraum's timeline if it has one, otherwise on its Kommune's
 * ({@code kommune:<key>}, ADR 0009) — a Steuerungsgruppe's decision for the whole Kommune belongs to no
 * single Sozialraum.
 */
public interface DecisionTimeline extends PublishedEvent {

    /** The decision's Sozialraum, or {@code null} for a decision of the Kommune as a whole. */
    String sozialraumId();

    @Override
    default String timelineId() {
        return sozialraumId() != null ? sozialraumId() : Timelines.ofKommune(kommuneKey());
    }
}
