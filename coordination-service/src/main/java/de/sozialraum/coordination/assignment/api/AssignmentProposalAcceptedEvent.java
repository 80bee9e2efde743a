package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The Stabsstelle agreed. With another department proposed the assignment goes to that one
 * ({@code department} is the new one, {@code ISSUED}); with only another due date the proposing
 * department has it on these terms ({@code ACCEPTED}).
 */
@PublishedAs("de.sozialraum.coordination.AssignmentProposalAccepted.v1")
public record AssignmentProposalAcceptedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String previousDepartment,
        LocalDate dueDate,
        String note) implements TimelineEvent {
}
