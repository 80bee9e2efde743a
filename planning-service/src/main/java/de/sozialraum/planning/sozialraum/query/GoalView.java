package de.sozialraum.planning.sozialraum.query;

import java.time.LocalDate;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.TargetGroup;

/**
 * A goal as it reads now.
 *
 * @param status          {@code OPEN}, {@code ACHIEVED}, {@code ABANDONED} or {@code TRANSFERRED}
 * @param note            what was reached, why it was abandoned or transferred, once closed
 * @param revisions       how often it was revised (each revision is on the timeline with its reason)
 * @param carriedOverFrom the predecessor's goal this one continues after a merge or split, else {@code null}
 * @param carriedOverTo   the successor's goal that continues this one ({@code TRANSFERRED}), else {@code null}
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
        int revisions,
        GoalLink carriedOverFrom,
        GoalLink carriedOverTo) {

    public static final String OPEN = "OPEN";
}
