package de.sozialraum.planning.sozialraum.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.sozialraum.api.ChangeSozialraumBoundaryCommand;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RenameSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RetireSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumBoundaryChangedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRenamedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A planning area of one Kommune over time: registered, renamed, given a new boundary, retired — and
 * the goals set for it. Nothing is ever deleted; a retired Sozialraum keeps its history but takes no
 * further changes.
 */
@Aggregate
public class Sozialraum {

    @AggregateIdentifier
    private String sozialraumId;
    private String kommuneKey;
    private String name;
    private boolean retired;
    private final Set<String> goalIds = new HashSet<>();

    protected Sozialraum() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Sozialraum(RegisterSozialraumCommand command, KommuneDirectory kommunen, SozialraumCatalogue sozialraeume,
                      Actor actor) {
        PlanningAccessRules.registerSozialraum(actor, command.kommuneKey());
        if (!kommunen.exists(command.kommuneKey())) {
            throw new RuleViolationException("kommune-unknown",
                    "Kommune " + command.kommuneKey() + " is unknown", command.kommuneKey());
        }
        if (command.parentId() != null && !sozialraeume.isActiveIn(command.parentId(), command.kommuneKey())) {
            throw new RuleViolationException("parent-unknown",
                    "Parent " + command.parentId() + " is no active Sozialraum of " + command.kommuneKey(), command.parentId());
        }
        if (command.population() != null && command.population() < 0) {
            throw new RuleViolationException("population-negative", "Population must not be negative", command.population());
        }
        apply(new SozialraumRegisteredEvent(command.sozialraumId(), command.kommuneKey(), command.name().strip(),
                command.kind(), command.parentId(), command.population(), command.boundary()));
    }

    @CommandHandler
    public void handle(RenameSozialraumCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        String newName = command.name().strip();
        if (!newName.equals(name)) { // the same name again changes nothing and records nothing
            apply(new SozialraumRenamedEvent(sozialraumId, kommuneKey, name, newName));
        }
    }

    @CommandHandler
    public void handle(ChangeSozialraumBoundaryCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        apply(new SozialraumBoundaryChangedEvent(sozialraumId, kommuneKey, command.boundary(), reason(command.reason())));
    }

    @CommandHandler
    public void handle(RetireSozialraumCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        apply(new SozialraumRetiredEvent(sozialraumId, kommuneKey, reason(command.reason())));
    }

    @CommandHandler
    public void handle(SetGoalCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        if (goalIds.contains(command.goalId())) {
            throw new ConflictException("goal-exists", "Goal " + command.goalId() + " exists already", command.goalId());
        }
        apply(new GoalSetEvent(command.goalId(), sozialraumId, kommuneKey, command.title().strip(),
                command.handlungsfeld(), command.dueDate()));
    }

    private void requireActive() {
        if (retired) {
            throw new SozialraumRetiredException(sozialraumId);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-missing", "A reason is required");
        }
        return reason.strip();
    }

    @EventSourcingHandler
    void on(SozialraumRegisteredEvent event) {
        sozialraumId = event.sozialraumId();
        kommuneKey = event.kommuneKey();
        name = event.name();
    }

    @EventSourcingHandler
    void on(SozialraumRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(SozialraumRetiredEvent event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(GoalSetEvent event) {
        goalIds.add(event.goalId());
    }
}
