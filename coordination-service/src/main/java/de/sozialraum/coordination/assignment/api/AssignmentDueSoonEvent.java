package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * A reminder to the department that holds the assignment: {@code dueDate} is {@code daysBefore} days away
 * (one of the configured reminder days, docs/operations.md). Recorded by the system at most once per
 * reminder and due date; it changes nothing about the assignment's status.
 */
@PublishedAs("de.sozialraum.coordination.AssignmentDueSoon.v1")
public record AssignmentDueSoonEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        LocalDate dueDate,
        int daysBefore) implements TimelineEvent {
}
