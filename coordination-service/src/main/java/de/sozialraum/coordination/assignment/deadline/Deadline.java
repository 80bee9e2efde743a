package de.sozialraum.coordination.assignment.deadline;

import java.time.Instant;
import java.time.LocalDate;

import de.sozialraum.coordination.assignment.api.MarkAssignmentOverdueCommand;
import de.sozialraum.coordination.assignment.api.RemindAssignmentCommand;

/**
 * One pending deadline of an assignment's due date: a reminder {@code daysBefore} days ahead, or overdue
 * ({@code daysBefore} 0). It fires at {@code fireAt}; a reminder not fired before {@code staleAt} — the
 * moment the next deadline of the same due date comes — is dropped, so after downtime only the latest one fires.
 */
public record Deadline(String assignmentId, String kommuneKey, LocalDate dueDate, int daysBefore, Instant fireAt, Instant staleAt) {

    static Deadline reminder(String assignmentId, String kommuneKey, LocalDate dueDate, int daysBefore, Instant fireAt, Instant staleAt) {
        return new Deadline(assignmentId, kommuneKey, dueDate, daysBefore, fireAt, staleAt);
    }

    static Deadline overdue(String assignmentId, String kommuneKey, LocalDate dueDate, Instant fireAt) {
        return new Deadline(assignmentId, kommuneKey, dueDate, 0, fireAt, null);
    }

    public boolean isOverdue() {
        return daysBefore == 0;
    }

    /** Unique per assignment, due date and kind: scheduling the same deadline again changes nothing. */
    public String id() {
        return assignmentId + "/" + dueDate + "/" + (isOverdue() ? "overdue" : "reminder-" + daysBefore);
    }

    boolean isStaleAt(Instant now) {
        return staleAt != null && !now.isBefore(staleAt);
    }

    Object command() {
        return isOverdue() ? new MarkAssignmentOverdueCommand(assignmentId, dueDate) : new RemindAssignmentCommand(assignmentId, dueDate, daysBefore);
    }
}
