package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueAssignmentCommand(
        @TargetAggregateIdentifier String assignmentId,
        String sozialraumId,
        String department,
        String title,
        LocalDate dueDate,
        List<String> goalIds) {

    public IssueAssignmentCommand {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
