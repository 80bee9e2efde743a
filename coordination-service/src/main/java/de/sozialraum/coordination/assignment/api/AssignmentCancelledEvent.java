package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The Stabsstelle withdrew the assignment before it was finished. */
@PublishedAs("de.sozialraum.coordination.AssignmentCancelled.v1")
public record AssignmentCancelledEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String reason) implements TimelineEvent {
}
