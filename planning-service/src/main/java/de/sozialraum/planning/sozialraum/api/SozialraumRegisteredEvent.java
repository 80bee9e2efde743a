package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** Optional fields ({@code parentId}, {@code population}, {@code boundary}) are {@code null} when not given. */
@PublishedAs("de.sozialraum.planning.SozialraumRegistered.v1")
public record SozialraumRegisteredEvent(
        String sozialraumId,
        String kommuneKey,
        String name,
        SozialraumKind kind,
        String parentId,
        Integer population,
        Boundary boundary) implements TimelineEvent {
}
