package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** A refusal others must see, so it is an event, with its reason. */
@PublishedAs("de.sozialraum.coordination.AssignmentDeclined.v1")
public record AssignmentDeclinedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String reason) implements TimelineEvent {
}
