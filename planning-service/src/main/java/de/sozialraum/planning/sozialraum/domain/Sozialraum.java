package de.sozialraum.planning.sozialraum.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.domain.Texts;
import de.sozialraum.planning.department.DepartmentCatalogue;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.sozialraum.api.CarriedGoal;
import de.sozialraum.planning.sozialraum.api.ChangeSozialraumBoundaryCommand;
import de.sozialraum.planning.sozialraum.api.CloseGoalCommand;
import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.planning.sozialraum.api.GoalPlan;
import de.sozialraum.planning.sozialraum.api.GoalRevisedEvent;
import de.sozialraum.planning.sozialraum.api.ReviseGoalCommand;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
import de.sozialraum.planning.sozialraum.api.NewSozialraum;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RegisterSuccessorCommand;
import de.sozialraum.planning.sozialraum.api.RenameSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.RetireIntoSuccessorsCommand;
import de.sozialraum.planning.sozialraum.api.RetireSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumBoundaryChangedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRenamedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.planning.sozialraum.api.Takeover;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A planning area of one Kommune over time: registered, renamed, given a new boundary, retired, merged
 * with others or split (docs/adr/0010-merge-and-split-in-one-commit.md) — and the goals set for it, revised, achieved,
 * abandoned or carried over to a successor. Nothing is ever deleted; a retired Sozialraum keeps its history but takes no
 * further changes.
 */
@Aggregate
public class Sozialraum {

    @AggregateIdentifier
    private String sozialraumId;
    private String kommuneKey;
    private String name;
    private boolean retired;
    /** Every goal ever set; the outcome once it is closed, {@code null} while open. */
    private final Map<String, GoalOutcome> goals = new HashMap<>();
    /** How often each goal was revised. */
    private final Map<String, Integer> revisions = new HashMap<>();
    /** What each goal says now, so that a successor can take it over. */
    private final Map<String, GoalPlan> plans = new HashMap<>();

    protected Sozialraum() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Sozialraum(RegisterSozialraumCommand command, KommuneDirectory kommunen, SozialraumCatalogue sozialraeume,
                      Actor actor) {
        PlanningAccessRules.registerSozialraum(actor, command.kommuneKey());
        requireRegistrable(command.kommuneKey(), command.parentId(), command.population(), kommunen, sozialraeume);
        apply(new SozialraumRegisteredEvent(command.sozialraumId(), command.kommuneKey(), command.name().strip(),
                command.kind(), command.parentId(), command.population(), command.boundary()));
    }

    /**
     * A successor of a merge or split: registered like any Sozialraum, naming its predecessors, and taking
     * over the goals they handed on (the same unit of work retires them: {@link RetireIntoSuccessorsCommand}).
     * A carried-over goal keeps what it says, even a due date passed meanwhile: it continues, it is not new.
     */
    @CommandHandler
    public Sozialraum(RegisterSuccessorCommand command, KommuneDirectory kommunen, SozialraumCatalogue sozialraeume, Actor actor) {
        NewSozialraum sozialraum = command.sozialraum();
        PlanningAccessRules.restructureSozialraeume(actor, command.kommuneKey());
        Restructurings.requirePredecessors(command.restructuring(), command.predecessorIds(), command.sozialraumId());
        if (sozialraum.parentId() != null && command.predecessorIds().contains(sozialraum.parentId())) {
            throw new RuleViolationException("parent-retiring", "Parent " + sozialraum.parentId() + " retires with this "
                    + command.restructuring(), sozialraum.parentId());
        }
        requireRegistrable(command.kommuneKey(), sozialraum.parentId(), sozialraum.population(), kommunen, sozialraeume);
        for (CarriedGoal goal : command.goals()) {
            if (!command.sozialraumId().equals(goal.to().sozialraumId()) || !command.predecessorIds().contains(goal.from().sozialraumId())) {
                throw new IllegalArgumentException("Goal " + goal.from() + " is not handed on from a predecessor to "
                        + command.sozialraumId());
            }
        }
        apply(new SozialraumRegisteredEvent(command.sozialraumId(), command.kommuneKey(), sozialraum.name().strip(),
                sozialraum.kind(), sozialraum.parentId(), sozialraum.population(), sozialraum.boundary(),
                command.restructuring(), command.predecessorIds()));
        command.goals().forEach(goal -> apply(GoalSetEvent.carriedOver(goal, command.kommuneKey())));
    }

    private static void requireRegistrable(String kommuneKey, String parentId, Integer population, KommuneDirectory kommunen,
                                           SozialraumCatalogue sozialraeume) {
        if (!kommunen.exists(kommuneKey)) {
            throw new RuleViolationException("kommune-unknown", "Kommune " + kommuneKey + " is unknown", kommuneKey);
        }
        if (parentId != null && !sozialraeume.isActiveIn(parentId, kommuneKey)) {
            throw new RuleViolationException("parent-unknown",
                    "Parent " + parentId + " is no active Sozialraum of " + kommuneKey, parentId);
        }
        if (population != null && population < 0) {
            throw new RuleViolationException("population-negative", "Population must not be negative", population);
        }
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
        if (command.boundary() == null) {
            throw new RuleViolationException("boundary-invalid", "A new boundary is required", "boundary missing");
        }
        apply(new SozialraumBoundaryChangedEvent(sozialraumId, kommuneKey, command.boundary(), Texts.reason(command.reason())));
    }

    /** Its open goals end with it: each is abandoned, with the retirement as the reason. */
    @CommandHandler
    public void handle(RetireSozialraumCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        String reason = Texts.reason(command.reason());
        goals.keySet().stream().filter(goalId -> goals.get(goalId) == null).sorted().forEach(goalId ->
                apply(new GoalClosedEvent(goalId, sozialraumId, kommuneKey, GoalOutcome.ABANDONED, "Sozialraum aufgelöst: " + reason)));
        apply(new SozialraumRetiredEvent(sozialraumId, kommuneKey, reason));
    }

    /**
     * Its part of a merge or split: each open goal closes as {@code TRANSFERRED} to the successor that takes
     * it over (with a single successor: all of them), then it retires naming its successors. Answers the
     * goals as the successors take them over.
     */
    @CommandHandler
    public List<CarriedGoal> handle(RetireIntoSuccessorsCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        String reason = Texts.reason(command.reason());
        List<String> successorIds = command.successors().stream().map(Takeover::successorId).toList();
        Restructurings.requireSuccessors(command.restructuring(), sozialraumId, successorIds);
        List<String> open = goals.keySet().stream().filter(goalId -> goals.get(goalId) == null).sorted().toList();
        Map<String, String> successorOf = Restructurings.successorOfEachOpenGoal(sozialraumId, open, command.successors());
        String note = (command.restructuring() == Restructuring.MERGE ? "Zusammenlegung: " : "Teilung: ") + reason;
        List<CarriedGoal> carried = new ArrayList<>();
        successorOf.forEach((goalId, successorId) -> {
            GoalLink to = new GoalLink(successorId, CarriedGoal.idFor(successorId, goalId));
            carried.add(new CarriedGoal(new GoalLink(sozialraumId, goalId), to, plans.get(goalId)));
            apply(new GoalClosedEvent(goalId, sozialraumId, kommuneKey, GoalOutcome.TRANSFERRED, note, to));
        });
        apply(new SozialraumRetiredEvent(sozialraumId, kommuneKey, reason, command.restructuring(), successorIds));
        return carried;
    }

    @CommandHandler
    public void handle(SetGoalCommand command, Actor actor, DepartmentCatalogue departments, IndicatorCatalogue indicators,
                       Clock clock) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        if (goals.containsKey(command.goalId())) {
            throw new ConflictException("goal-exists", "Goal " + command.goalId() + " exists already", command.goalId());
        }
        requireSound(command.plan(), departments, indicators, clock);
        apply(GoalSetEvent.of(command.goalId(), sozialraumId, kommuneKey, command.plan()));
    }

    @CommandHandler
    public void handle(ReviseGoalCommand command, Actor actor, DepartmentCatalogue departments, IndicatorCatalogue indicators,
                       Clock clock) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        requireOpenGoal(command.goalId());
        requireSound(command.plan(), departments, indicators, clock);
        apply(GoalRevisedEvent.of(command.goalId(), sozialraumId, kommuneKey, command.plan(), Texts.reason(command.reason()),
                revisions.getOrDefault(command.goalId(), 0) + 1));
    }

    @CommandHandler
    public void handle(CloseGoalCommand command, Actor actor) {
        PlanningAccessRules.changeSozialraum(actor, kommuneKey, sozialraumId);
        requireActive();
        requireOpenGoal(command.goalId());
        String note = command.outcome() == GoalOutcome.ABANDONED ? Texts.reason(command.note())
                : command.note() == null || command.note().isBlank() ? null : command.note().strip();
        apply(new GoalClosedEvent(command.goalId(), sozialraumId, kommuneKey, command.outcome(), note));
    }

    private void requireOpenGoal(String goalId) {
        if (!goals.containsKey(goalId)) {
            throw new NotFoundException("goal-not-found", "No goal " + goalId + " in Sozialraum " + sozialraumId, goalId);
        }
        GoalOutcome outcome = goals.get(goalId);
        if (outcome != null) {
            throw new GoalClosedException(goalId, outcome);
        }
    }

    /**
     * A goal names its Handlungsfeld and Leitziel, an active lead department of the Kommune's catalogue (also when
     * revised: a goal whose department was retired gets a new lead with its next revision), a due date not in the
     * past and, if it is measured, an indicator of the Kommune with a target that improves on the baseline.
     */
    private void requireSound(GoalPlan plan, DepartmentCatalogue departments, IndicatorCatalogue indicators, Clock clock) {
        if (plan.title() == null || plan.title().isBlank() || plan.handlungsfeld() == null || plan.leitziel() == null
                || plan.dueDate() == null) {
            throw new RuleViolationException("goal-incomplete", "A goal needs title, Handlungsfeld, Leitziel and due date");
        }
        if (plan.dueDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("due-date-past", "Due date " + plan.dueDate() + " is in the past", plan.dueDate());
        }
        if (plan.leadDepartment() == null || !departments.isActive(kommuneKey, plan.leadDepartment())) {
            throw new RuleViolationException("department-unknown", "Department " + plan.leadDepartment() + " is unknown",
                    String.valueOf(plan.leadDepartment()));
        }
        if (plan.target() != null) {
            requireImprovement(plan.target(), indicators);
        }
    }

    private void requireImprovement(GoalTarget target, IndicatorCatalogue indicators) {
        if (target.indicatorCode() == null || target.baseline() == null || target.targetValue() == null) {
            throw new RuleViolationException("goal-target-incomplete", "A measured goal needs indicator, baseline and target value");
        }
        IndicatorDefinition indicator = indicators.find(kommuneKey, target.indicatorCode())
                .orElseThrow(() -> new RuleViolationException("indicator-unknown",
                        "Indicator " + target.indicatorCode() + " is not in the catalogue of " + kommuneKey, target.indicatorCode()));
        int direction = target.targetValue().compareTo(target.baseline());
        boolean improves = indicator.polarity() == Polarity.HIGHER_IS_BETTER ? direction > 0 : direction < 0;
        if (!improves) {
            throw new RuleViolationException("goal-target-no-improvement", "Target " + target.targetValue().toPlainString()
                    + " is no improvement on baseline " + target.baseline().toPlainString() + " for an indicator where "
                    + (indicator.polarity() == Polarity.HIGHER_IS_BETTER ? "higher" : "lower") + " is better",
                    target.targetValue().toPlainString(), target.baseline().toPlainString());
        }
    }

    private void requireActive() {
        if (retired) {
            throw new SozialraumRetiredException(sozialraumId);
        }
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
        goals.put(event.goalId(), null);
        plans.put(event.goalId(), event.plan());
    }

    @EventSourcingHandler
    void on(GoalRevisedEvent event) {
        revisions.put(event.goalId(), event.revision());
        plans.put(event.goalId(), event.plan());
    }

    @EventSourcingHandler
    void on(GoalClosedEvent event) {
        goals.put(event.goalId(), event.outcome());
        plans.remove(event.goalId());
    }
}
