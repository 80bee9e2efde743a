package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head takes the assignment on, optionally saying when the department expects to be done. */
public record AcceptAssignmentCommand(@TargetAggregateIdentifier String assignmentId, LocalDate plannedCompletion) {

    /** Accepted without a planned completion date. */
    public AcceptAssignmentCommand(String assignmentId) {
        this(assignmentId, null);
    }
}
