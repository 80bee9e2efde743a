package de.sozialraum.planning.participation.api;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.planning.ParticipationRecorded.v1")
public record ParticipationRecordedEvent(
        String participationId,
        String sozialraumId,
        String kommuneKey,
        ParticipationKind kind,
        String title,
        LocalDate heldOn,
        int participants,
        Set<TargetGroup> groupsReached) implements TimelineEvent {
}
