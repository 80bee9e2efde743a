package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The work is done: its outcome and, optionally, the evidence (e.g. a measurement or a document reference). */
@PublishedAs("de.sozialraum.coordination.AssignmentCompleted.v1")
public record AssignmentCompletedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String outcome,
        String evidence) implements TimelineEvent {
}
