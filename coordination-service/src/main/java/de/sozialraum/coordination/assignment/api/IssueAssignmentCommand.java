package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue an assignment. {@code description} is optional, {@code priority} defaults to {@code NORMAL},
 * {@code decisionId} names the decision that mandates it (set by the mandate saga only).
 */
public record IssueAssignmentCommand(
        @TargetAggregateIdentifier String assignmentId,
        String sozialraumId,
        String department,
        String title,
        LocalDate dueDate,
        List<String> goalIds,
        String description,
        AssignmentPriority priority,
        String decisionId) {

    public IssueAssignmentCommand {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        priority = priority == null ? AssignmentPriority.NORMAL : priority;
    }

    /** Without description, at normal priority, mandated by no decision. */
    public IssueAssignmentCommand(String assignmentId, String sozialraumId, String department, String title,
                                  LocalDate dueDate, List<String> goalIds) {
        this(assignmentId, sozialraumId, department, title, dueDate, goalIds, null, null, null);
    }
}
