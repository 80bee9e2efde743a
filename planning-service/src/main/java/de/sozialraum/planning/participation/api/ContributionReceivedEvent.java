package de.sozialraum.planning.participation.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.ContributionReceived.v1")
public record ContributionReceivedEvent(
        String contributionId,
        String participationId,
        String sozialraumId,
        String kommuneKey,
        String topic,
        String text) implements TimelineEvent {
}
