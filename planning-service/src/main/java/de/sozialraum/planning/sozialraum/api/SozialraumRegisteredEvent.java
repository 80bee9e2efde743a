package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.SozialraumRegistered.v1")
public record SozialraumRegisteredEvent(
        String sozialraumId,
        String kommuneKey,
        String name,
        SozialraumKind kind) implements TimelineEvent {
}
