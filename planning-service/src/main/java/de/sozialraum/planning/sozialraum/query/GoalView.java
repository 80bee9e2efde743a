package de.sozialraum.planning.sozialraum.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
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
 * @param target          what it is measured by, if it is measured
 * @param progress        how far it has come by the latest measurement, if it is measured
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
        GoalLink carriedOverTo,
        GoalTarget target,
        GoalProgress progress) {

    public static final String OPEN = "OPEN";

    /** The goal with its progress by the latest readings of its indicator; unmeasured goals have none. */
    public GoalView withProgressFrom(MeasurementReadings readings) {
        if (target == null) {
            return this;
        }
        Optional<Reading> latest = Optional.ofNullable(readings.latest(List.of(sozialraumId), target.indicatorCode()).get(sozialraumId));
        return new GoalView(id, sozialraumId, title, handlungsfeld, leitziel, targetGroups, leadDepartment, dueDate, status, note,
                revisions, carriedOverFrom, carriedOverTo, target, GoalProgress.of(target, latest));
    }
}
