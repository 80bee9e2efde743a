package de.sozialraum.coordination.assignment.api;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** How far the department has come; the first report starts the work (IN_PROGRESS). */
@PublishedAs("de.sozialraum.coordination.AssignmentProgressReported.v1")
public record AssignmentProgressReportedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        int percent,
        String note) implements TimelineEvent {
}
