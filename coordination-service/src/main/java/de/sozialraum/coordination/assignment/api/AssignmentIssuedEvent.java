package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * An assignment was issued. {@code description}, {@code priority} and {@code decisionId} came later in
 * v1 (compatible additions): events recorded before carry none, read as no description, {@code NORMAL}
 * and not mandated.
 */
@PublishedAs("de.sozialraum.coordination.AssignmentIssued.v1")
public record AssignmentIssuedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String title,
        LocalDate dueDate,
        List<String> goalIds,
        String description,
        AssignmentPriority priority,
        String decisionId) implements TimelineEvent {

    public AssignmentIssuedEvent {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        priority = priority == null ? AssignmentPriority.NORMAL : priority;
    }

    /** Without description, at normal priority, mandated by no decision. */
    public AssignmentIssuedEvent(String assignmentId, String sozialraumId, String kommuneKey, String department,
                                 String title, LocalDate dueDate, List<String> goalIds) {
        this(assignmentId, sozialraumId, kommuneKey, department, title, dueDate, goalIds, null, null, null);
    }
}
