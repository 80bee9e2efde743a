package de.sozialraum.coordination.decision.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.coordination.access.CoordinationAccessRules;
import de.sozialraum.coordination.decision.api.AmendDecisionCommand;
import de.sozialraum.coordination.decision.api.DecisionAmendedEvent;
import de.sozialraum.coordination.decision.api.DecisionImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionPartiallyImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionRecordedEvent;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.DecisionRevokedEvent;
import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.coordination.decision.api.MandateNotIssuedEvent;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.RecordDecisionCommand;
import de.sozialraum.coordination.decision.api.RecordImplementationOutcomeCommand;
import de.sozialraum.coordination.decision.api.RecordMandateNotIssuedCommand;
import de.sozialraum.coordination.decision.api.RevokeDecisionCommand;
import de.sozialraum.coordination.decision.api.Votes;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A decision (Beschluss) of a body of the Kommune: recorded, amended in numbered versions, revoked; what
 * became of its mandates is recorded here by the mandate saga ({@code DecisionImplementationSaga}).
 */
@Aggregate
public class Decision {

    @AggregateIdentifier
    private String decisionId;
    private String kommuneKey;
    private String sozialraumId;
    private DecisionStatus status;
    private int version;
    private LocalDate decidedOn;
    private String subject;
    private String rationale;
    private Votes votes;
    private List<DecisionReference> references;
    private Map<String, String> mandateDepartments;
    private Set<String> notIssued;
    /** The outcome last recorded (implemented or partial), so that a repeated report records nothing new. */
    private RecordImplementationOutcomeCommand lastOutcome;

    protected Decision() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Decision(RecordDecisionCommand command, SozialraumDirectory sozialraeume, DepartmentCatalogue departments,
                    Clock clock, Actor actor) {
        CoordinationAccessRules.recordDecision(actor);
        String kommune = actor.kommune();
        LocalDate today = LocalDate.now(clock);
        String bodyName = DecisionChecks.bodyName(command.body(), command.bodyName());
        LocalDate date = DecisionChecks.decidedOn(command.decidedOn(), today);
        String sozialraum = DecisionChecks.blankToNull(command.sozialraumId());
        if (sozialraum != null) {
            DecisionChecks.sozialraum(sozialraeume, kommune, sozialraum);
        }
        List<DecisionReference> checkedReferences = DecisionChecks.references(sozialraeume, kommune, sozialraum, command.references());
        List<MandatedAssignment> mandates = DecisionChecks.mandates(sozialraeume, departments, kommune, command.decisionId(),
                sozialraum, command.mandates(), today);
        apply(new DecisionRecordedEvent(command.decisionId(), kommune, sozialraum, command.body(), bodyName, date,
                DecisionChecks.text(command.subject(), "subject"), DecisionChecks.text(command.rationale(), "rationale"),
                DecisionChecks.votes(command.votes()), checkedReferences, mandates));
    }

    /** A new version with the fields given; at least one must differ. Returns the new version number. */
    @CommandHandler
    public int handle(AmendDecisionCommand command, SozialraumDirectory sozialraeume, Clock clock, Actor actor) {
        CoordinationAccessRules.changeDecision(actor, kommuneKey, decisionId);
        requireInForce("amend");
        String reason = DecisionChecks.text(command.reason(), "reason");
        LocalDate newDate = command.decidedOn() == null ? decidedOn : DecisionChecks.decidedOn(command.decidedOn(), LocalDate.now(clock));
        String newSubject = command.subject() == null ? subject : DecisionChecks.text(command.subject(), "subject");
        String newRationale = command.rationale() == null ? rationale : DecisionChecks.text(command.rationale(), "rationale");
        Votes newVotes = command.votes() == null ? votes : DecisionChecks.votes(command.votes());
        List<DecisionReference> newReferences = command.references() == null ? references
                : DecisionChecks.references(sozialraeume, kommuneKey, sozialraumId, command.references());
        List<String> changed = new ArrayList<>();
        changedIf(changed, "decidedOn", decidedOn, newDate);
        changedIf(changed, "subject", subject, newSubject);
        changedIf(changed, "rationale", rationale, newRationale);
        changedIf(changed, "votes", votes, newVotes);
        changedIf(changed, "references", references, newReferences);
        if (changed.isEmpty()) {
            throw new RuleViolationException("decision-amendment-empty", "The amendment changes nothing", decisionId);
        }
        apply(new DecisionAmendedEvent(decisionId, kommuneKey, sozialraumId, version + 1, newDate, newSubject, newRationale,
                newVotes, newReferences, changed, reason));
        return version;
    }

    private static void changedIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @CommandHandler
    public void handle(RevokeDecisionCommand command, Actor actor) {
        CoordinationAccessRules.changeDecision(actor, kommuneKey, decisionId);
        requireInForce("revoke");
        apply(new DecisionRevokedEvent(decisionId, kommuneKey, sozialraumId, DecisionChecks.text(command.reason(), "reason")));
    }

    /** Recorded once per mandate, however often the saga reports it. */
    @CommandHandler
    public void handle(RecordMandateNotIssuedCommand command, Actor actor) {
        CoordinationAccessRules.recordImplementation(actor, kommuneKey, decisionId);
        String department = mandateDepartments.get(command.assignmentId());
        if (department == null) {
            throw new RuleViolationException("mandate-unknown", "Decision " + decisionId + " has no mandate " + command.assignmentId(),
                    command.assignmentId());
        }
        if (!notIssued.contains(command.assignmentId())) {
            apply(new MandateNotIssuedEvent(decisionId, kommuneKey, sozialraumId, command.assignmentId(), department,
                    command.problemCode()));
        }
    }

    /**
     * All completed → implemented; otherwise a partial outcome, conclusive unless a declined mandate could still
     * be reassigned. Recorded also for a decision revoked meanwhile: it states what became of the mandates.
     */
    @CommandHandler
    public void handle(RecordImplementationOutcomeCommand command, Actor actor) {
        CoordinationAccessRules.recordImplementation(actor, kommuneKey, decisionId);
        if (sameOutcome(command, lastOutcome)) {
            return;
        }
        if (command.allCompleted()) {
            apply(new DecisionImplementedEvent(decisionId, kommuneKey, sozialraumId, command.completed()));
        } else {
            apply(new DecisionPartiallyImplementedEvent(decisionId, kommuneKey, sozialraumId, command.completed(), command.declined(),
                    command.cancelled(), command.notIssued(), command.declined().isEmpty()));
        }
    }

    private static boolean sameOutcome(RecordImplementationOutcomeCommand one, RecordImplementationOutcomeCommand other) {
        return other != null && Set.copyOf(one.completed()).equals(Set.copyOf(other.completed()))
                && Set.copyOf(one.declined()).equals(Set.copyOf(other.declined()))
                && Set.copyOf(one.cancelled()).equals(Set.copyOf(other.cancelled()))
                && Set.copyOf(one.notIssued()).equals(Set.copyOf(other.notIssued()));
    }

    private void requireInForce(String attempted) {
        if (status == DecisionStatus.REVOKED) {
            throw new DecisionNotInForceException(decisionId, attempted);
        }
    }

    @EventSourcingHandler
    void on(DecisionRecordedEvent event) {
        decisionId = event.decisionId();
        kommuneKey = event.kommuneKey();
        sozialraumId = event.sozialraumId();
        status = DecisionStatus.IN_FORCE;
        version = 1;
        decidedOn = event.decidedOn();
        subject = event.subject();
        rationale = event.rationale();
        votes = event.votes();
        references = event.references();
        mandateDepartments = event.mandates().stream()
                .collect(Collectors.toMap(MandatedAssignment::assignmentId, MandatedAssignment::department));
        notIssued = new HashSet<>();
    }

    @EventSourcingHandler
    void on(DecisionAmendedEvent event) {
        version = event.version();
        decidedOn = event.decidedOn();
        subject = event.subject();
        rationale = event.rationale();
        votes = event.votes();
        references = event.references();
    }

    @EventSourcingHandler
    void on(DecisionRevokedEvent event) {
        status = DecisionStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(MandateNotIssuedEvent event) {
        notIssued.add(event.assignmentId());
    }

    @EventSourcingHandler
    void on(DecisionImplementedEvent event) {
        lastOutcome = new RecordImplementationOutcomeCommand(decisionId, event.completed(), List.of(), List.of(), List.of());
    }

    @EventSourcingHandler
    void on(DecisionPartiallyImplementedEvent event) {
        lastOutcome = new RecordImplementationOutcomeCommand(decisionId, event.completed(), event.declined(), event.cancelled(),
                event.notIssued());
    }
}
