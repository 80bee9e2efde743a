package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.coordination.AssignmentAccepted.v1")
public record AssignmentAcceptedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department) implements TimelineEvent {
}
