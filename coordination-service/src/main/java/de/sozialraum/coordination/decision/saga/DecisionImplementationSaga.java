package de.sozialraum.coordination.decision.saga;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.assignment.domain.IllegalTransitionException;
import de.sozialraum.coordination.decision.api.DecisionAmendedEvent;
import de.sozialraum.coordination.decision.api.DecisionRecordedEvent;
import de.sozialraum.coordination.decision.api.DecisionRevokedEvent;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.RecordImplementationOutcomeCommand;
import de.sozialraum.coordination.decision.api.RecordMandateNotIssuedCommand;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.problem.DomainException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Carries out the mandates of one decision: issues each as an assignment (as the system, for the decision's
 * Kommune), follows them, and has the decision record the outcome once every mandate is settled — implemented
 * when all are completed, else partially implemented. A declined mandate may still be reassigned, so the saga
 * lives on while one is declined; revoking the decision cancels every open mandate and ends it. Its state is
 * kept in MongoDB (Jackson), one document per decision.
 */
@Saga
public class DecisionImplementationSaga {

    private static final Logger log = LoggerFactory.getLogger(DecisionImplementationSaga.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    @JsonIgnore
    private transient CommandGateway commands;
    @Autowired
    @JsonIgnore
    private transient SystemActorProperties systemActor;
    @Autowired
    @JsonIgnore
    private transient AssignmentStreams assignmentStreams;

    @JsonProperty
    private String decisionId;
    @JsonProperty
    private String kommuneKey;
    @JsonProperty
    private String subject;
    @JsonProperty
    private LocalDate decidedOn;
    /** By assignment id, in the order of the decision. */
    @JsonProperty
    private Map<String, Mandate> mandates = new LinkedHashMap<>();

    /** One mandate's department (it may change) and where it stands. */
    public record Mandate(String department, MandateOutcome outcome) {

        Mandate with(MandateOutcome next) {
            return new Mandate(department, next);
        }
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "decisionId")
    void on(DecisionRecordedEvent event) {
        if (event.mandates().isEmpty()) {
            SagaLifecycle.end();
            return;
        }
        if (!mandates.isEmpty()) {
            return; // redelivered to the saga it started: everything is issued already
        }
        decisionId = event.decisionId();
        kommuneKey = event.kommuneKey();
        subject = event.subject();
        decidedOn = event.decidedOn();
        for (MandatedAssignment mandate : event.mandates()) {
            SagaLifecycle.associateWith("assignmentId", mandate.assignmentId());
            mandates.put(mandate.assignmentId(), new Mandate(mandate.department(), issue(mandate)));
        }
        concludeIfSettled();
    }

    /** Issued once: an assignment that exists already was issued before this event was redelivered. */
    private MandateOutcome issue(MandatedAssignment mandate) {
        if (assignmentStreams.exists(mandate.assignmentId())) {
            return MandateOutcome.OPEN;
        }
        try {
            send(new IssueAssignmentCommand(mandate.assignmentId(), mandate.sozialraumId(), mandate.department(), mandate.title(),
                    mandate.dueDate(), List.of(), mandate.description(), mandate.priority(), decisionId));
            return MandateOutcome.OPEN;
        } catch (RuntimeException e) {
            DomainException refusal = refusal(e);
            log.warn("Mandate {} of decision {} could not be issued: {}", mandate.assignmentId(), decisionId, refusal.code());
            send(new RecordMandateNotIssuedCommand(decisionId, mandate.assignmentId(), refusal.code()));
            return MandateOutcome.NOT_ISSUED;
        }
    }

    @SagaEventHandler(associationProperty = "decisionId")
    void on(DecisionAmendedEvent event) {
        subject = event.subject();
        decidedOn = event.decidedOn();
    }

    @SagaEventHandler(associationProperty = "assignmentId")
    void on(AssignmentCompletedEvent event) {
        settle(event.assignmentId(), MandateOutcome.COMPLETED);
    }

    @SagaEventHandler(associationProperty = "assignmentId")
    void on(AssignmentCancelledEvent event) {
        settle(event.assignmentId(), MandateOutcome.CANCELLED);
    }

    @SagaEventHandler(associationProperty = "assignmentId")
    void on(AssignmentDeclinedEvent event) {
        settle(event.assignmentId(), MandateOutcome.DECLINED);
    }

    /** Reassigning reopens a mandate (also a declined one), now with another department. */
    @SagaEventHandler(associationProperty = "assignmentId")
    void on(AssignmentReassignedEvent event) {
        mandates.computeIfPresent(event.assignmentId(), (id, mandate) -> new Mandate(event.department(), MandateOutcome.OPEN));
    }

    /** An accepted counter-proposal may hand the mandate to another department; it stays open. */
    @SagaEventHandler(associationProperty = "assignmentId")
    void on(AssignmentProposalAcceptedEvent event) {
        mandates.computeIfPresent(event.assignmentId(), (id, mandate) -> new Mandate(event.department(), mandate.outcome()));
    }

    /** Every mandate still open (or declined, so it cannot be reassigned any more) is cancelled, naming the decision. */
    @EndSaga
    @SagaEventHandler(associationProperty = "decisionId")
    void on(DecisionRevokedEvent event) {
        String reason = "Beschluss „%s“ vom %s aufgehoben: %s".formatted(subject, decidedOn.format(GERMAN_DATE), event.reason());
        mandates.replaceAll((assignmentId, mandate) -> mandate.outcome() == MandateOutcome.OPEN || mandate.outcome() == MandateOutcome.DECLINED
                ? mandate.with(cancel(assignmentId, reason, mandate.outcome()))
                : mandate);
        if (mandates.values().stream().noneMatch(mandate -> mandate.outcome() == MandateOutcome.OPEN)) {
            send(outcome());
        }
    }

    /**
     * Cancelled — unless it finished a moment before the revocation (its completion not yet seen here): then the
     * refusal names the state it ended in.
     */
    private MandateOutcome cancel(String assignmentId, String reason, MandateOutcome current) {
        try {
            send(new CancelAssignmentCommand(assignmentId, reason));
            return MandateOutcome.CANCELLED;
        } catch (RuntimeException e) {
            DomainException refusal = refusal(e);
            log.info("Mandate {} of revoked decision {} not cancelled: {}", assignmentId, decisionId, refusal.code());
            if (refusal instanceof IllegalTransitionException illegal) {
                return switch (illegal.currentStatus()) {
                    case COMPLETED -> MandateOutcome.COMPLETED;
                    case CANCELLED -> MandateOutcome.CANCELLED;
                    default -> current;
                };
            }
            return current;
        }
    }

    private void settle(String assignmentId, MandateOutcome outcome) {
        mandates.computeIfPresent(assignmentId, (id, mandate) -> mandate.with(outcome));
        concludeIfSettled();
    }

    /** Nothing open: the decision records the outcome; the saga ends unless a declined mandate may still be reassigned. */
    private void concludeIfSettled() {
        if (mandates.values().stream().anyMatch(mandate -> mandate.outcome() == MandateOutcome.OPEN)) {
            return;
        }
        RecordImplementationOutcomeCommand outcome = outcome();
        send(outcome);
        if (outcome.declined().isEmpty()) {
            SagaLifecycle.end();
        }
    }

    private RecordImplementationOutcomeCommand outcome() {
        return new RecordImplementationOutcomeCommand(decisionId, with(MandateOutcome.COMPLETED), with(MandateOutcome.DECLINED),
                with(MandateOutcome.CANCELLED), with(MandateOutcome.NOT_ISSUED));
    }

    private List<String> with(MandateOutcome outcome) {
        return mandates.entrySet().stream().filter(entry -> entry.getValue().outcome() == outcome).map(Map.Entry::getKey).toList();
    }

    /**
     * As the system acting for the decision's Kommune; a refusal comes back as the exception. The correlation
     * (trace and cause) of the event being handled is kept; its actor is replaced entirely by the system's.
     */
    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(systemActor.forKommune(kommuneKey))));
    }

    /** The domain's refusal behind a failed command; anything else (the store is down) is thrown on, to be retried. */
    private static DomainException refusal(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refusal;
            }
        }
        throw e;
    }
}
