package de.sozialraum.coordination.assignment.api;

import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The due date passed while the assignment was unfinished ({@code status} at that moment, also
 * {@code DECLINED} or {@code COUNTER_PROPOSED}); it is escalated to {@code escalatedTo}, the Stabsstelle.
 * Recorded by the system at most once per due date. Overdue is no status of its own: the assignment
 * stays in {@code status} and every step of the state machine remains open to it.
 */
@PublishedAs("de.sozialraum.coordination.AssignmentOverdue.v1")
public record AssignmentOverdueEvent(
        String assignmentId,
        String sozialraumId,
        String kommuneKey,
        String department,
        LocalDate dueDate,
        AssignmentStatus status,
        String escalatedTo) implements TimelineEvent {

    /** Overdue assignments are escalated to the Stabsstelle Sozialplanung of the Kommune. */
    public static final String STABSSTELLE = "STABSSTELLE";
}
