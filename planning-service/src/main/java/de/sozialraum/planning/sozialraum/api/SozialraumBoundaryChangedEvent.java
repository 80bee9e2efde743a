package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.SozialraumBoundaryChanged.v1")
public record SozialraumBoundaryChangedEvent(
        String sozialraumId,
        String kommuneKey,
        Boundary boundary,
        String reason) implements TimelineEvent {
}
