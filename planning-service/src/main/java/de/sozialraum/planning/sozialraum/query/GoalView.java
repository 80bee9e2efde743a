package de.sozialraum.planning.sozialraum.query;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.TargetGroup;

/**
 * A goal as it reads now.
 *
 * @param status    {@code OPEN}, {@code ACHIEVED} or {@code ABANDONED}
 * @param note      what was reached, or why it was abandoned, once closed
 * @param revisions how often it was revised (each revision is on the timeline with its reason)
 */
public record GoalView(
        String id,
        String sozialraumId,
        String title,
        Handlungsfeld handlungsfeld,
        Leitziel leitziel,
        Set<TargetGroup> targetGroups,
        String leadDepartment,
        LocalDate dueDate,
        String status,
        String note,
        int revisions) {

    public static final String OPEN = "OPEN";
}
