package de.sozialraum.coordination.decision.api;

import java.time.LocalDate;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;

/** A mandate as recorded: the assignment it becomes (its id fixed with the decision), for one Sozialraum. */
public record MandatedAssignment(String assignmentId, String sozialraumId, String department, String title,
                                 String description, LocalDate dueDate, AssignmentPriority priority) {
}
