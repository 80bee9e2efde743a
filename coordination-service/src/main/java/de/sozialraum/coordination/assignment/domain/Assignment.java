package de.sozialraum.coordination.assignment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;

import de.sozialraum.coordination.access.CoordinationAccessRules;
import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A task the Stabsstelle hands to one department for one Sozialraum, and the department's answer. */
@Aggregate
public class Assignment {

    @AggregateIdentifier
    private String assignmentId;
    private String sozialraumId;
    private String kommuneKey;
    private String department;
    private AssignmentStatus status;

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
                command.title().strip(), command.dueDate(), command.goalIds()));
    }

    @CommandHandler
    public void handle(AcceptAssignmentCommand command, Actor actor) {
        CoordinationAccessRules.answerAssignment(actor, kommuneKey, department, assignmentId);
        requireIssued("accept");
        apply(new AssignmentAcceptedEvent(assignmentId, sozialraumId, kommuneKey, department));
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

    private void requireIssued(String attempted) {
        if (status != AssignmentStatus.ISSUED) {
            throw new IllegalTransitionException(assignmentId, status, attempted);
        }
    }

    @EventSourcingHandler
    void on(AssignmentIssuedEvent event) {
        assignmentId = event.assignmentId();
        sozialraumId = event.sozialraumId();
        kommuneKey = event.kommuneKey();
        department = event.department();
        status = AssignmentStatus.ISSUED;
    }

    @EventSourcingHandler
    void on(AssignmentAcceptedEvent event) {
        status = AssignmentStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AssignmentDeclinedEvent event) {
        status = AssignmentStatus.DECLINED;
    }
}
