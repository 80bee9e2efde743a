package de.sozialraum.planning.sozialraum.api;

import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * A Sozialraum retired by a merge or split names the {@code restructuring} and its {@code successorIds};
 * a plain retirement has {@code null} and an empty list (as have events stored before they were added).
 */
@PublishedAs("de.sozialraum.planning.SozialraumRetired.v1")
public record SozialraumRetiredEvent(
        String sozialraumId,
        String kommuneKey,
        String reason,
        Restructuring restructuring,
        List<String> successorIds) implements TimelineEvent {

    public SozialraumRetiredEvent {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    }

    /** A plain retirement, not into successors. */
    public SozialraumRetiredEvent(String sozialraumId, String kommuneKey, String reason) {
        this(sozialraumId, kommuneKey, reason, null, List.of());
    }
}
