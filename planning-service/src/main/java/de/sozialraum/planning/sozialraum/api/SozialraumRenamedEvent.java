package de.sozialraum.planning.sozialraum.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.SozialraumRenamed.v1")
public record SozialraumRenamedEvent(
        String sozialraumId,
        String kommuneKey,
        String previousName,
        String name) implements TimelineEvent {
}
