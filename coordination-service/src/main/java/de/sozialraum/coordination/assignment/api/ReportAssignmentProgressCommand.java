package de.sozialraum.coordination.assignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head says how far the work has come: 0–100 %, with an optional note. */
public record ReportAssignmentProgressCommand(@TargetAggregateIdentifier String assignmentId, int percent, String note) {
}
