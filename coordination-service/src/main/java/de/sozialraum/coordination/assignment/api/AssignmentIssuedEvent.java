package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

@PublishedAs("de.sozialraum.coordination.AssignmentIssued.v1")
public record AssignmentIssuedEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        String title,
        LocalDate dueDate,
        List<String> goalIds) implements TimelineEvent {
}
