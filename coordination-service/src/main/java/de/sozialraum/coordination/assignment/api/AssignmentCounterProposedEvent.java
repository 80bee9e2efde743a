package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The department would take the assignment on other terms: another due date ({@code dueDate}) and/or
 * another department ({@code proposedDepartment}); {@code department} is the one that proposes.
 */
@PublishedAs("de.sozialraum.coordination.AssignmentCounterProposed.v1")
public record AssignmentCounterProposedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        LocalDate dueDate,
        String proposedDepartment,
        String reason) implements TimelineEvent {
}
