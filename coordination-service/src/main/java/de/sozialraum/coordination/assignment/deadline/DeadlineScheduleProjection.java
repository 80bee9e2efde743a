package de.sozialraum.coordination.assignment.deadline;

import java.time.Instant;

import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * Keeps {@link MongoDeadlineSchedule} in step with the assignments (a tracking processor over coordination's own
 * events). The schedule knows only due dates and whether an assignment is finished; whether a deadline still
 * concerns anyone when it comes — declined, counter-proposed, reassigned — the assignment decides then. A
 * reassignment keeps the due date and so the schedule: the reminder reaches the department that holds it by then.
 */
@ProcessingGroup(DeadlineScheduleProjection.PROCESSING_GROUP)
public class DeadlineScheduleProjection {

    public static final String PROCESSING_GROUP = "assignment-deadlines";

    private final MongoDeadlineSchedule schedule;
    private final DeadlinePlan plan;

    DeadlineScheduleProjection(MongoDeadlineSchedule schedule, DeadlinePlan plan) {
        this.schedule = schedule;
        this.plan = plan;
    }

    @EventHandler
    void on(AssignmentIssuedEvent event, @Timestamp Instant issuedAt) {
        schedule.schedule(event.assignmentId(), event.dueDate(),
                plan.plan(event.assignmentId(), event.kommuneKey(), event.dueDate(), issuedAt));
    }

    /** The due date that holds now, perhaps another one: its deadlines replace the old date's. */
    @EventHandler
    void on(AssignmentProposalAcceptedEvent event, @Timestamp Instant acceptedAt) {
        schedule.schedule(event.assignmentId(), event.dueDate(),
                plan.plan(event.assignmentId(), event.kommuneKey(), event.dueDate(), acceptedAt));
    }

    @EventHandler
    void on(AssignmentCompletedEvent event) {
        schedule.forget(event.assignmentId());
    }

    @EventHandler
    void on(AssignmentCancelledEvent event) {
        schedule.forget(event.assignmentId());
    }
}
