package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * {@code leitziel}, {@code targetGroups}, {@code leadDepartment} and {@code target} were added compatibly: null in
 * older events.
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
        GoalTarget target) implements TimelineEvent {

    public static GoalSetEvent of(String goalId, String sozialraumId, String kommuneKey, GoalPlan plan) {
        return new GoalSetEvent(goalId, sozialraumId, kommuneKey, plan.title(), plan.handlungsfeld(), plan.dueDate(),
                plan.leitziel(), plan.targetGroups(), plan.leadDepartment(), plan.target());
    }
}
