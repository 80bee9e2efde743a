package de.sozialraum.coordination.assignment.query;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Stabsstelle's overview of a Kommune's assignments, per department and per Sozialraum.
 *
 * @param today        the day "overdue" was judged by (Europe/Berlin)
 * @param total        the whole Kommune
 * @param departments  per department key, in key order: counts by the department that has the assignment now,
 *                     time to accept by the department that accepted
 * @param sozialraeume per Sozialraum, in name order
 */
public record AssignmentOverview(
        String kommuneKey,
        LocalDate today,
        Figures total,
        List<DepartmentFigures> departments,
        List<SozialraumFigures> sozialraeume) {

    /**
     * @param open                    not finished and not declined: waiting for the department's answer, for the
     *                                Stabsstelle's answer to a counter-proposal, or in work
     * @param overdue                 of those, due before today
     * @param declined                declined, waiting for the Stabsstelle to reassign or cancel them
     * @param counterProposalsWaiting counter-proposals waiting for the Stabsstelle's answer (also counted as open)
     * @param completed               completed
     * @param acceptances             acceptances behind the median (an assignment accepted, reassigned and
     *                                accepted again counts twice)
     * @param medianHoursToAccept     median time from being put to the department to its acceptance, in hours
     *                                (one decimal); null when nothing was accepted (shown as {@code null}, not left out)
     */
    public record Figures(long open, long overdue, long declined, long counterProposalsWaiting, long completed,
                          int acceptances, @JsonInclude(JsonInclude.Include.ALWAYS) Double medianHoursToAccept) {
    }

    public record DepartmentFigures(String department, Figures figures) {
    }

    /** @param name the Sozialraum's current name, null while coordination has not learnt it */
    public record SozialraumFigures(String sozialraumId, String name, Figures figures) {
    }
}
