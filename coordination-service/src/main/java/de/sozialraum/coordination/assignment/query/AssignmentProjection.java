package de.sozialraum.coordination.assignment.query;

import static de.sozialraum.coordination.assignment.query.MongoAssignmentViews.iso;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Updates;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCounterProposedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalRejectedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.AssignmentUnblockedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Keeps {@link MongoAssignmentViews} up to date from coordination's own event store (a tracking processor).
 * Times are the events' times; each change is guarded by the event's sequence number (redelivery is harmless).
 */
@ProcessingGroup(AssignmentProjection.PROCESSING_GROUP)
public class AssignmentProjection {

    public static final String PROCESSING_GROUP = "assignment-views";

    private final MongoAssignmentViews views;

    public AssignmentProjection(MongoAssignmentViews views) {
        this.views = views;
    }

    @EventHandler
    void on(AssignmentIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.issued(event, sequence, at);
    }

    @EventHandler
    void on(AssignmentAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.ACCEPTED, with(
                views.acceptance(event.assignmentId(), event.department(), at),
                Updates.set("answeredAt", Date.from(at)), Updates.set("plannedCompletion", iso(event.plannedCompletion()))));
    }

    @EventHandler
    void on(AssignmentDeclinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.DECLINED,
                Updates.set("answeredAt", Date.from(at)), Updates.set("lastReason", event.reason()));
    }

    @EventHandler
    void on(AssignmentCounterProposedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document proposal = new Document("dueDate", iso(event.dueDate())).append("department", event.proposedDepartment())
                .append("reason", event.reason()).append("at", Date.from(at));
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.COUNTER_PROPOSED,
                Updates.set("answeredAt", Date.from(at)), Updates.set("proposal", proposal), Updates.set("lastReason", event.reason()));
    }

    /**
     * Another department proposed: it now has the assignment to answer (ISSUED), time to accept starts anew.
     * Only another date: the proposing department has it on that date — accepted at this moment, its time to
     * accept counted from when the assignment was put to it (the negotiation is part of it).
     */
    @EventHandler
    void on(AssignmentProposalAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> terms = new ArrayList<>(List.of(Updates.set("dueDate", iso(event.dueDate()))));
        if (event.note() != null) {
            terms.add(Updates.set("lastReason", event.note()));
        }
        if (event.department().equals(event.previousDepartment())) {
            terms.add(Updates.unset("proposal"));
            views.changed(event.assignmentId(), sequence, at, AssignmentStatus.ACCEPTED,
                    with(views.acceptance(event.assignmentId(), event.department(), at), terms.toArray(Bson[]::new)));
        } else { // putTo forgets the proposal, with everything else of the previous department
            views.changed(event.assignmentId(), sequence, at, AssignmentStatus.ISSUED,
                    with(MongoAssignmentViews.putTo(event.department(), at), terms.toArray(Bson[]::new)));
        }
    }

    /** The department answers again; its time to accept still runs from when the assignment was put to it. */
    @EventHandler
    void on(AssignmentProposalRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.ISSUED,
                Updates.unset("proposal"), Updates.set("lastReason", event.reason()));
    }

    @EventHandler
    void on(AssignmentReassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.ISSUED,
                with(MongoAssignmentViews.putTo(event.department(), at), Updates.set("lastReason", event.reason())));
    }

    @EventHandler
    void on(AssignmentProgressReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.IN_PROGRESS,
                Updates.set("progress", event.percent()), Updates.set("progressNote", event.note()));
    }

    @EventHandler
    void on(AssignmentBlockedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.BLOCKED, Updates.set("lastReason", event.reason()));
    }

    @EventHandler
    void on(AssignmentUnblockedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.IN_PROGRESS, Updates.set("lastReason", event.reason()));
    }

    @EventHandler
    void on(AssignmentCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.COMPLETED, Updates.set("outcome", event.outcome()),
                Updates.set("evidence", event.evidence()), Updates.set("completedAt", Date.from(at)));
    }

    @EventHandler
    void on(AssignmentCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.changed(event.assignmentId(), sequence, at, AssignmentStatus.CANCELLED,
                Updates.set("lastReason", event.reason()), Updates.set("cancelledAt", Date.from(at)));
    }

    @ResetHandler
    void reset() {
        views.clear();
    }

    private static Bson[] with(Bson[] first, Bson... more) {
        Bson[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
