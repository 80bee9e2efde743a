package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a goal says: set with it, replaced as a whole when it is revised.
 *
 * @param leitziel       the guiding objective it serves
 * @param targetGroups   whom it is meant to reach; may be empty
 * @param leadDepartment the department that leads it, a key of the Kommune's department catalogue
 * @param dueDate        when it should be reached
 * @param target         the indicator it is measured by, with baseline and target value; optional
 */
public record GoalPlan(
        String title,
        Handlungsfeld handlungsfeld,
        Leitziel leitziel,
        Set<TargetGroup> targetGroups,
        String leadDepartment,
        LocalDate dueDate,
        GoalTarget target) {

    public GoalPlan {
        title = title == null ? null : title.strip();
        // an EnumSet keeps the published JSON array in one stable order
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
    }
}
