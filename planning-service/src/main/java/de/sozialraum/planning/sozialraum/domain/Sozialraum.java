package de.sozialraum.planning.sozialraum.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A planning area of one Kommune, and the goals set for it. */
@Aggregate
public class Sozialraum {

    @AggregateIdentifier
    private String sozialraumId;
    private String kommuneKey;
    private final Set<String> goalIds = new HashSet<>();

    protected Sozialraum() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Sozialraum(RegisterSozialraumCommand command, KommuneDirectory kommunen, Actor actor) {
        PlanningAccessRules.registerSozialraum(actor, command.kommuneKey());
        if (!kommunen.exists(command.kommuneKey())) {
            throw new RuleViolationException("kommune-unknown",
                    "Kommune " + command.kommuneKey() + " is unknown", command.kommuneKey());
        }
        apply(new SozialraumRegisteredEvent(command.sozialraumId(), command.kommuneKey(),
                command.name().strip(), command.kind()));
    }

    @CommandHandler
    public void handle(SetGoalCommand command, Actor actor) {
        PlanningAccessRules.setGoal(actor, kommuneKey, sozialraumId);
        if (goalIds.contains(command.goalId())) {
            throw new ConflictException("goal-exists", "Goal " + command.goalId() + " exists already", command.goalId());
        }
        apply(new GoalSetEvent(command.goalId(), sozialraumId, kommuneKey, command.title().strip(),
                command.handlungsfeld(), command.dueDate()));
    }

    @EventSourcingHandler
    void on(SozialraumRegisteredEvent event) {
        sozialraumId = event.sozialraumId();
        kommuneKey = event.kommuneKey();
    }

    @EventSourcingHandler
    void on(GoalSetEvent event) {
        goalIds.add(event.goalId());
    }
}
