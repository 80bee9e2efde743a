package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The work goes on again. */
@PublishedAs("de.sozialraum.coordination.AssignmentUnblocked.v1")
public record AssignmentUnblockedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String reason) implements TimelineEvent {
}
