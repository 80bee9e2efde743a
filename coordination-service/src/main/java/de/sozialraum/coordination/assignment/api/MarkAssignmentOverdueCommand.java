package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The system records that {@code dueDate} passed with the assignment unfinished. Sent by the deadline
 * schedule only; idempotent (see the handler in {@code Assignment}).
 */
public record MarkAssignmentOverdueCommand(@TargetAggregateIdentifier String assignmentId, LocalDate dueDate) {

    public MarkAssignmentOverdueCommand {
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
