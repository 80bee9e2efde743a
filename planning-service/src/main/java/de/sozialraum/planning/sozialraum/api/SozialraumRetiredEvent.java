package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.SozialraumRetired.v1")
public record SozialraumRetiredEvent(
        String sozialraumId,
        String kommuneKey,
        String reason) implements TimelineEvent {
}
