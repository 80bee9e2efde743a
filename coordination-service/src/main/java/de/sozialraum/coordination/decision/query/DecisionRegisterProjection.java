package de.sozialraum.coordination.decision.query;

import java.time.Instant;
import java.util.List;

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
import de.sozialraum.coordination.decision.api.DecisionAmendedEvent;
import de.sozialraum.coordination.decision.api.DecisionImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionPartiallyImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionRecordedEvent;
import de.sozialraum.coordination.decision.api.DecisionRevokedEvent;
import de.sozialraum.coordination.decision.api.ImplementationState;
import de.sozialraum.coordination.decision.api.MandateNotIssuedEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;

/**
 * Keeps {@link MongoDecisionRegister} up to date: decisions, their versions (who, when, why — from the event's
 * metadata and timestamp), and the assignments their mandates became.
 */
@ProcessingGroup("decision-register")
public class DecisionRegisterProjection {

    private final MongoDecisionRegister register;

    public DecisionRegisterProjection(MongoDecisionRegister register) {
        this.register = register;
    }

    @EventHandler
    void on(DecisionRecordedEvent event, @Timestamp Instant at, MetaData metaData) {
        register.recorded(event.decisionId(), event.kommuneKey(), event.sozialraumId(), event.body(), event.bodyName(),
                event.decidedOn(), event.subject(), !event.mandates().isEmpty(), at);
        register.version(event.decisionId(), 1, event.decidedOn(), event.subject(), event.rationale(), event.votes(),
                event.references(), List.of(), null, at, actor(metaData));
        for (int position = 0; position < event.mandates().size(); position++) {
            register.mandated(event.decisionId(), position, event.mandates().get(position));
        }
    }

    @EventHandler
    void on(DecisionAmendedEvent event, @Timestamp Instant at, MetaData metaData) {
        register.version(event.decisionId(), event.version(), event.decidedOn(), event.subject(), event.rationale(), event.votes(),
                event.references(), event.changed(), event.reason(), at, actor(metaData));
    }

    @EventHandler
    void on(DecisionRevokedEvent event, @Timestamp Instant at, MetaData metaData) {
        register.revoked(event.decisionId(), event.reason(), at, actor(metaData));
    }

    @EventHandler
    void on(DecisionImplementedEvent event) {
        register.implementation(event.decisionId(), ImplementationState.IMPLEMENTED, null);
    }

    @EventHandler
    void on(DecisionPartiallyImplementedEvent event) {
        register.implementation(event.decisionId(), ImplementationState.PARTIALLY_IMPLEMENTED, event.conclusive());
    }

    @EventHandler
    void on(MandateNotIssuedEvent event) {
        register.notIssued(event.assignmentId(), event.problemCode());
    }

    @EventHandler
    void on(AssignmentIssuedEvent event) {
        if (event.decisionId() != null) {
            register.assignment(event.assignmentId(), AssignmentStatus.ISSUED.name(), event.department(), event.dueDate());
        }
    }

    @EventHandler
    void on(AssignmentAcceptedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.ACCEPTED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentDeclinedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.DECLINED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentCounterProposedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.COUNTER_PROPOSED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentProposalAcceptedEvent event) {
        AssignmentStatus status = event.department().equals(event.previousDepartment()) ? AssignmentStatus.ACCEPTED : AssignmentStatus.ISSUED;
        register.assignment(event.assignmentId(), status.name(), event.department(), event.dueDate());
    }

    @EventHandler
    void on(AssignmentProposalRejectedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.ISSUED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentReassignedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.ISSUED.name(), event.department(), null);
        register.reopened(event.assignmentId());
    }

    @EventHandler
    void on(AssignmentProgressReportedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.IN_PROGRESS.name(), null, null);
    }

    @EventHandler
    void on(AssignmentBlockedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.BLOCKED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentUnblockedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.IN_PROGRESS.name(), null, null);
    }

    @EventHandler
    void on(AssignmentCompletedEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.COMPLETED.name(), null, null);
    }

    @EventHandler
    void on(AssignmentCancelledEvent event) {
        register.assignment(event.assignmentId(), AssignmentStatus.CANCELLED.name(), null, null);
    }

    private static Actor actor(MetaData metaData) {
        return ActorMetaData.from(metaData).orElse(null);
    }
}
