package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The work cannot go on; the reason is for the Stabsstelle to act on. */
@PublishedAs("de.sozialraum.coordination.AssignmentBlocked.v1")
public record AssignmentBlockedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String reason) implements TimelineEvent {
}
