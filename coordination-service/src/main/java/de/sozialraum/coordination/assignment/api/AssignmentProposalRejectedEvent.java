package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The Stabsstelle keeps the assignment as issued; the department answers it again ({@code ISSUED}). */
@PublishedAs("de.sozialraum.coordination.AssignmentProposalRejected.v1")
public record AssignmentProposalRejectedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String reason) implements TimelineEvent {
}
