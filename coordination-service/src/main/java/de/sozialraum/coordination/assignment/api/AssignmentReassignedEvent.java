package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** The Stabsstelle handed the assignment to another department ({@code department}); it starts again ({@code ISSUED}). */
@PublishedAs("de.sozialraum.coordination.AssignmentReassigned.v1")
public record AssignmentReassignedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String previousDepartment,
        String reason) implements TimelineEvent {
}
