package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head answers with another due date and/or another department, and why. */
public record CounterProposeAssignmentCommand(@TargetAggregateIdentifier String assignmentId, LocalDate dueDate, String department, String reason) {
}
