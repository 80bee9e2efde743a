package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The department took the assignment on. {@code plannedCompletion}, when the department expects to be done,
 * was added compatibly: null when not given and in older events.
 */
@PublishedAs("de.sozialraum.coordination.AssignmentAccepted.v1")
public record AssignmentAcceptedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        LocalDate plannedCompletion) implements TimelineEvent {

    /** Accepted without a planned completion date. */
    public AssignmentAcceptedEvent(String assignmentId, String sozialraumId, String kommuneKey, String department) {
        this(assignmentId, sozialraumId, kommuneKey, department, null);
    }
}
