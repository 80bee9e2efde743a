package de.sozialraum.planning.participation.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.ContributionAnswered.v1")
public record ContributionAnsweredEvent(
        String contributionId,
        String participationId,
        String sozialraumId,
        String kommuneKey,
        String goalId,
        String decisionReference,
        String note) implements TimelineEvent {
}
