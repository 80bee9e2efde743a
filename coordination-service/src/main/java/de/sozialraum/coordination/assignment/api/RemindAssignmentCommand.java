package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The system reminds the department that {@code dueDate} is {@code daysBefore} days away. Sent by the
 * deadline schedule only; idempotent (see the handler in {@code Assignment}).
 */
public record RemindAssignmentCommand(@TargetAggregateIdentifier String assignmentId, LocalDate dueDate, int daysBefore) {

    public RemindAssignmentCommand {
        Objects.requireNonNull(dueDate, "dueDate");
        if (daysBefore < 1) {
            throw new IllegalArgumentException("A reminder comes at least one day before the due date, not " + daysBefore);
        }
    }
}
