package de.sozialraum.coordination.assignment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import de.sozialraum.coordination.access.CoordinationAccessRules;
import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AcceptProposalCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCounterProposedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDueSoonEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentOverdueEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalRejectedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.AssignmentUnblockedEvent;
import de.sozialraum.coordination.assignment.api.BlockAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CounterProposeAssignmentCommand;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.assignment.api.MarkAssignmentOverdueCommand;
import de.sozialraum.coordination.assignment.api.ReassignAssignmentCommand;
import de.sozialraum.coordination.assignment.api.RejectProposalCommand;
import de.sozialraum.coordination.assignment.api.RemindAssignmentCommand;
import de.sozialraum.coordination.assignment.api.ReportAssignmentProgressCommand;
import de.sozialraum.coordination.assignment.api.UnblockAssignmentCommand;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A task the Stabsstelle hands to one department for one Sozialraum, the department's answer and its work
 * until done — or the Stabsstelle's withdrawal. Every illegal step is a 409 naming the current state.
 */
@Aggregate
public class Assignment {

    /** The department is the one to act on the assignment (not declined, no counter-proposal waiting, not finished). */
    private static final Set<AssignmentStatus> WITH_THE_DEPARTMENT = EnumSet.of(AssignmentStatus.ISSUED, AssignmentStatus.ACCEPTED,
            AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED);
    private static final Set<AssignmentStatus> FINISHED = EnumSet.of(AssignmentStatus.COMPLETED, AssignmentStatus.CANCELLED);

    @AggregateIdentifier
    private String assignmentId;
    private String sozialraumId;
    private String kommuneKey;
    private String department;
    private AssignmentStatus status;
    private LocalDate dueDate;
    /** The open counter-proposal, while {@code COUNTER_PROPOSED}. */
    private LocalDate proposedDueDate;
    private String proposedDepartment;
    /** Reminders and overdue recorded for the due date; overdue is no status, the state machine stays as it is. */
    private RecordedDeadlines deadlines = RecordedDeadlines.NONE;

    protected Assignment() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Assignment(IssueAssignmentCommand command, SozialraumDirectory sozialraeume, DepartmentCatalogue departments,
                      Actor actor) {
        CoordinationAccessRules.issueAssignment(actor);
        String kommune = sozialraeume.kommuneOf(command.sozialraumId())
                .filter(actor::actsFor) // another Kommune's Sozialraum is unknown here
                .orElseThrow(() -> new RuleViolationException("sozialraum-unknown",
                        "Sozialraum " + command.sozialraumId() + " is unknown", command.sozialraumId()));
        if (sozialraeume.isRetired(command.sozialraumId())) {
            throw new RuleViolationException("sozialraum-retired",
                    "Sozialraum " + command.sozialraumId() + " is retired", command.sozialraumId());
        }
        if (!departments.isActive(kommune, command.department())) { // unknown in the Kommune, or retired
            throw new RuleViolationException("department-unknown",
                    "Department " + command.department() + " is unknown", command.department());
        }
        Set<String> unknownGoals = sozialraeume.unknownGoals(command.sozialraumId(), command.goalIds());
        if (!unknownGoals.isEmpty()) {
            String goals = String.join(", ", unknownGoals.stream().sorted().toList());
            throw new RuleViolationException("goal-unknown", "Goals " + goals + " are unknown in this Sozialraum", goals);
        }
        Set<String> closedGoals = sozialraeume.closedGoals(command.sozialraumId(), command.goalIds());
        if (!closedGoals.isEmpty()) {
            String goals = String.join(", ", closedGoals.stream().sorted().toList());
            throw new RuleViolationException("goal-closed", "Goals " + goals + " are achieved or abandoned", goals);
        }
        apply(new AssignmentIssuedEvent(command.assignmentId(), command.sozialraumId(), kommune, command.department(),
                command.title().strip(), command.dueDate(), command.goalIds(), optional(command.description()),
                command.priority(), command.decisionId()));
    }

    @CommandHandler
    public void handle(AcceptAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIssued("accept");
        apply(new AssignmentAcceptedEvent(assignmentId, sozialraumId, kommuneKey, department, command.plannedCompletion()));
    }

    @CommandHandler
    public void handle(DeclineAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIssued("decline");
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolationException("decline-reason-missing", "A decline needs a reason");
        }
        apply(new AssignmentDeclinedEvent(assignmentId, sozialraumId, kommuneKey, department, command.reason().strip()));
    }

    /**
     * ISSUED → COUNTER_PROPOSED: the department would take it with another due date and/or another (active)
     * department of the Kommune, and says why.
     */
    @CommandHandler
    public void handle(CounterProposeAssignmentCommand command, Actor actor, DepartmentCatalogue departments) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIn("counter-propose", AssignmentStatus.ISSUED);
        boolean otherDate = command.dueDate() != null && !command.dueDate().equals(dueDate);
        boolean otherDepartment = command.department() != null && !command.department().equals(department);
        if (!otherDate && !otherDepartment) {
            throw new RuleViolationException("proposal-empty", "A counter-proposal needs another due date or another department");
        }
        if (otherDepartment) {
            requireActive(departments, command.department());
        }
        apply(new AssignmentCounterProposedEvent(assignmentId, sozialraumId, kommuneKey, department,
                otherDate ? command.dueDate() : null, otherDepartment ? command.department() : null, reason(command.reason())));
    }

    /**
     * COUNTER_PROPOSED → the proposal holds: with another department the assignment goes to it (ISSUED),
     * with only another due date the proposing department has it on these terms (ACCEPTED).
     */
    @CommandHandler
    public AssignmentStatus handle(AcceptProposalCommand command, Actor actor) {
        CoordinationAccessRules.steerAssignment(actor, kommuneKey, assignmentId);
        requireIn("accept-proposal", AssignmentStatus.COUNTER_PROPOSED);
        apply(new AssignmentProposalAcceptedEvent(assignmentId, sozialraumId, kommuneKey,
                proposedDepartment != null ? proposedDepartment : department, department,
                proposedDueDate != null ? proposedDueDate : dueDate, optional(command.note())));
        return status;
    }

    /** COUNTER_PROPOSED → ISSUED as it was: the department answers it again. */
    @CommandHandler
    public void handle(RejectProposalCommand command, Actor actor) {
        CoordinationAccessRules.steerAssignment(actor, kommuneKey, assignmentId);
        requireIn("reject-proposal", AssignmentStatus.COUNTER_PROPOSED);
        apply(new AssignmentProposalRejectedEvent(assignmentId, sozialraumId, kommuneKey, department, reason(command.reason())));
    }

    /** Anything unfinished (also DECLINED) → ISSUED for another active department of the Kommune. */
    @CommandHandler
    public void handle(ReassignAssignmentCommand command, Actor actor, DepartmentCatalogue departments) {
        CoordinationAccessRules.steerAssignment(actor, kommuneKey, assignmentId);
        requireIn("reassign", AssignmentStatus.ISSUED, AssignmentStatus.DECLINED, AssignmentStatus.COUNTER_PROPOSED,
                AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED);
        if (command.department() == null || command.department().equals(department)) {
            throw new RuleViolationException("reassign-same-department", "Assignment " + assignmentId + " is with "
                    + department + " already", department);
        }
        requireActive(departments, command.department());
        apply(new AssignmentReassignedEvent(assignmentId, sozialraumId, kommuneKey, command.department(), department,
                reason(command.reason())));
    }

    private void requireActive(DepartmentCatalogue departments, String candidate) {
        if (!departments.isActive(kommuneKey, candidate)) {
            throw new RuleViolationException("department-unknown", "Department " + candidate + " is unknown", candidate);
        }
    }

    /** 0–100 %; the first report starts the work: ACCEPTED or IN_PROGRESS → IN_PROGRESS. */
    @CommandHandler
    public void handle(ReportAssignmentProgressCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIn("progress", AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS);
        if (command.percent() < 0 || command.percent() > 100) {
            throw new RuleViolationException("progress-invalid", "Progress " + command.percent() + " is not between 0 and 100",
                    command.percent());
        }
        apply(new AssignmentProgressReportedEvent(assignmentId, sozialraumId, kommuneKey, department, command.percent(),
                optional(command.note())));
    }

    /** ACCEPTED or IN_PROGRESS → BLOCKED, with the reason. */
    @CommandHandler
    public void handle(BlockAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIn("block", AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS);
        apply(new AssignmentBlockedEvent(assignmentId, sozialraumId, kommuneKey, department, reason(command.reason())));
    }

    /** BLOCKED → IN_PROGRESS, with the reason. */
    @CommandHandler
    public void handle(UnblockAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIn("unblock", AssignmentStatus.BLOCKED);
        apply(new AssignmentUnblockedEvent(assignmentId, sozialraumId, kommuneKey, department, reason(command.reason())));
    }

    /** ACCEPTED or IN_PROGRESS → COMPLETED, with the outcome (a blocked assignment is unblocked first). */
    @CommandHandler
    public void handle(CompleteAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIn("complete", AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS);
        if (command.outcome() == null || command.outcome().isBlank()) {
            throw new RuleViolationException("outcome-missing", "A completed assignment needs its outcome");
        }
        apply(new AssignmentCompletedEvent(assignmentId, sozialraumId, kommuneKey, department, command.outcome().strip(),
                optional(command.evidence())));
    }

    /** Whatever is not completed or cancelled → CANCELLED, by the Stabsstelle, with the reason. */
    @CommandHandler
    public void handle(CancelAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.steerAssignment(actor, kommuneKey, assignmentId);
        requireIn("cancel", AssignmentStatus.ISSUED, AssignmentStatus.DECLINED, AssignmentStatus.COUNTER_PROPOSED,
                AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED);
        apply(new AssignmentCancelledEvent(assignmentId, sozialraumId, kommuneKey, department, reason(command.reason())));
    }

    /**
     * The system reminds the department that the due date is near; answers whether it recorded the reminder.
     * Idempotent, never refused for the assignment's state: nothing is recorded for a due date that no longer
     * holds, when this reminder was recorded already, or while the department does not hold the assignment
     * (declined; a counter-proposal waiting for the Stabsstelle; finished).
     */
    @CommandHandler
    public boolean handle(RemindAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.recordDeadline(actor, kommuneKey, assignmentId);
        boolean remind = command.dueDate().equals(dueDate) && WITH_THE_DEPARTMENT.contains(status)
                && !deadlines.reminded(dueDate, command.daysBefore());
        if (remind) {
            apply(new AssignmentDueSoonEvent(assignmentId, sozialraumId, kommuneKey, department, dueDate, command.daysBefore()));
        }
        return remind;
    }

    /**
     * The system records that the due date passed unfinished and escalates it to the Stabsstelle (also when
     * declined or counter-proposed: the Stabsstelle has to act). Idempotent like the reminder: nothing once
     * completed or cancelled, for a due date that no longer holds, or when recorded already.
     */
    @CommandHandler
    public boolean handle(MarkAssignmentOverdueCommand command, Actor actor) {
        CoordinationAccessRules.recordDeadline(actor, kommuneKey, assignmentId);
        boolean overdue = command.dueDate().equals(dueDate) && !FINISHED.contains(status) && !deadlines.overdue(dueDate);
        if (overdue) {
            apply(new AssignmentOverdueEvent(assignmentId, sozialraumId, kommuneKey, department, dueDate, status,
                    AssignmentOverdueEvent.STABSSTELLE));
        }
        return overdue;
    }

    private void requireIssued(String attempted) {
        requireIn(attempted, AssignmentStatus.ISSUED);
    }

    private void requireIn(String attempted, AssignmentStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException(assignmentId, status, attempted);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-missing", "A reason is required");
        }
        return reason.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(AssignmentIssuedEvent event) {
        assignmentId = event.assignmentId();
        sozialraumId = event.sozialraumId();
        kommuneKey = event.kommuneKey();
        department = event.department();
        dueDate = event.dueDate();
        status = AssignmentStatus.ISSUED;
    }

    @EventSourcingHandler
    void on(AssignmentCounterProposedEvent event) {
        proposedDueDate = event.dueDate();
        proposedDepartment = event.proposedDepartment();
        status = AssignmentStatus.COUNTER_PROPOSED;
    }

    @EventSourcingHandler
    void on(AssignmentProposalAcceptedEvent event) {
        status = event.department().equals(event.previousDepartment()) ? AssignmentStatus.ACCEPTED : AssignmentStatus.ISSUED;
        department = event.department();
        dueDate = event.dueDate();
        forgetProposal();
    }

    /** A counter-proposal is answered (or overtaken by a reassignment): nothing is proposed any more. */
    private void forgetProposal() {
        proposedDueDate = null;
        proposedDepartment = null;
    }

    @EventSourcingHandler
    void on(AssignmentProposalRejectedEvent event) {
        status = AssignmentStatus.ISSUED;
        forgetProposal();
    }

    @EventSourcingHandler
    void on(AssignmentReassignedEvent event) {
        status = AssignmentStatus.ISSUED;
        department = event.department();
        forgetProposal();
    }

    @EventSourcingHandler
    void on(AssignmentAcceptedEvent event) {
        status = AssignmentStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AssignmentDeclinedEvent event) {
        status = AssignmentStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(AssignmentProgressReportedEvent event) {
        status = AssignmentStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AssignmentBlockedEvent event) {
        status = AssignmentStatus.BLOCKED;
    }

    @EventSourcingHandler
    void on(AssignmentUnblockedEvent event) {
        status = AssignmentStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AssignmentCompletedEvent event) {
        status = AssignmentStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(AssignmentCancelledEvent event) {
        status = AssignmentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AssignmentDueSoonEvent event) {
        deadlines = deadlines.withReminder(event.dueDate(), event.daysBefore());
    }

    @EventSourcingHandler
    void on(AssignmentOverdueEvent event) {
        deadlines = deadlines.withOverdue(event.dueDate());
    }
}
