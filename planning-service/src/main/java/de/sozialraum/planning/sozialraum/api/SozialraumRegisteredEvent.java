package de.sozialraum.planning.sozialraum.api;

import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * Optional fields ({@code parentId}, {@code population}, {@code boundary}) are {@code null} when not given.
 * A Sozialraum that came out of a merge or split names the {@code restructuring} and its
 * {@code predecessorIds}; otherwise they are {@code null} and empty (also in events stored before they were added).
 */
@PublishedAs("de.sozialraum.planning.SozialraumRegistered.v1")
public record SozialraumRegisteredEvent(
        String sozialraumId,
        String kommuneKey,
        String name,
        SozialraumKind kind,
        String parentId,
        Integer population,
        Boundary boundary,
        Restructuring restructuring,
        List<String> predecessorIds) implements TimelineEvent {

    public SozialraumRegisteredEvent {
        predecessorIds = predecessorIds == null ? List.of() : List.copyOf(predecessorIds);
    }

    /** A registration of its own, not out of a merge or split. */
    public SozialraumRegisteredEvent(String sozialraumId, String kommuneKey, String name, SozialraumKind kind, String parentId,
                                     Integer population, Boundary boundary) {
        this(sozialraumId, kommuneKey, name, kind, parentId, population, boundary, null, List.of());
    }
}
