package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;

/**
 * A task a decision hands to a department, as asked for. {@code sozialraumId} defaults to the decision's
 * (required if the decision has none), {@code priority} to {@code NORMAL}.
 */
public record Mandate(String department, String title, String description, LocalDate dueDate,
                      AssignmentPriority priority, String sozialraumId) {
}
