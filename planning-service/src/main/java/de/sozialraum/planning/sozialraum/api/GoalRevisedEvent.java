package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * The goal as it reads now, as a whole, why it changed, and which revision this is (1, 2, …). {@code target}
 * was added compatibly: null in older events.
 */
@PublishedAs("de.sozialraum.planning.GoalRevised.v1")
public record GoalRevisedEvent(
        String goalId,
        String sozialraumId,
        String kommuneKey,
        String title,
        Handlungsfeld handlungsfeld,
        LocalDate dueDate,
        Leitziel leitziel,
        Set<TargetGroup> targetGroups,
        String leadDepartment,
        String reason,
        int revision,
        GoalTarget target) implements TimelineEvent {

    public static GoalRevisedEvent of(String goalId, String sozialraumId, String kommuneKey, GoalPlan plan, String reason,
                                      int revision) {
        return new GoalRevisedEvent(goalId, sozialraumId, kommuneKey, plan.title(), plan.handlungsfeld(), plan.dueDate(),
                plan.leitziel(), plan.targetGroups(), plan.leadDepartment(), reason, revision, plan.target());
    }

    /** What the goal says after this revision. */
    public GoalPlan plan() {
        return new GoalPlan(title, handlungsfeld, leitziel, targetGroups, leadDepartment, dueDate, target);
    }
}
