package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * {@code leitziel}, {@code targetGroups}, {@code leadDepartment} and {@code target} were added compatibly: null in
 * older events. {@code carriedOverFrom} names the goal of a predecessor this one continues after a merge or
 * split; {@code null} for a goal set as such (and in events stored before it was added).
 */
@PublishedAs("de.sozialraum.planning.GoalSet.v1")
public record GoalSetEvent(
        String goalId,
        String sozialraumId,
        String kommuneKey,
        String title,
        Handlungsfeld handlungsfeld,
        LocalDate dueDate,
        Leitziel leitziel,
        Set<TargetGroup> targetGroups,
        String leadDepartment,
        GoalTarget target,
        GoalLink carriedOverFrom) implements TimelineEvent {

    /** A goal set as such, not carried over. */
    public GoalSetEvent(String goalId, String sozialraumId, String kommuneKey, String title, Handlungsfeld handlungsfeld,
                        LocalDate dueDate, Leitziel leitziel, Set<TargetGroup> targetGroups, String leadDepartment, GoalTarget target) {
        this(goalId, sozialraumId, kommuneKey, title, handlungsfeld, dueDate, leitziel, targetGroups, leadDepartment, target, null);
    }

    public static GoalSetEvent of(String goalId, String sozialraumId, String kommuneKey, GoalPlan plan) {
        return new GoalSetEvent(goalId, sozialraumId, kommuneKey, plan.title(), plan.handlungsfeld(), plan.dueDate(),
                plan.leitziel(), plan.targetGroups(), plan.leadDepartment(), plan.target());
    }

    /** A predecessor's goal as its successor takes it over. */
    public static GoalSetEvent carriedOver(CarriedGoal goal, String kommuneKey) {
        GoalPlan plan = goal.plan();
        return new GoalSetEvent(goal.to().goalId(), goal.to().sozialraumId(), kommuneKey, plan.title(), plan.handlungsfeld(), plan.dueDate(),
                plan.leitziel(), plan.targetGroups(), plan.leadDepartment(), plan.target(), goal.from());
    }

    /** What the goal says, as set. */
    public GoalPlan plan() {
        return new GoalPlan(title, handlungsfeld, leitziel, targetGroups, leadDepartment, dueDate, target);
    }
}
