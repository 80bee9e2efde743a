package de.sozialraum.coordination.assignment.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;

/**
 * An assignment as it stands now, built from its events (times are the events' times).
 *
 * @param department        the department that has it now (for {@code DECLINED}: the one that declined)
 * @param plannedCompletion when the department that accepted it expects to be done
 * @param progress          percent of the latest progress report of the current department, or null
 * @param proposal          the counter-proposal waiting for the Stabsstelle's answer, or null
 * @param lastReason        the reason (or note) given with the latest step that had one
 * @param putToDepartmentAt when it was (last) put to the current department: issued, reassigned or a
 *                          proposal of another department accepted; time to accept runs from here
 * @param answeredAt        when the current department last answered (accept, decline, counter-proposal)
 * @param acceptedAt        when the current department accepted it (also: its proposal of another date was accepted)
 */
public record AssignmentView(
        String id,
        String kommuneKey,
        String sozialraumId,
        String department,
        String title,
        String description,
        AssignmentPriority priority,
        AssignmentStatus status,
        LocalDate dueDate,
        LocalDate plannedCompletion,
        String decisionId,
        List<String> goalIds,
        Integer progress,
        String progressNote,
        Proposal proposal,
        String lastReason,
        String outcome,
        String evidence,
        Instant issuedAt,
        Instant putToDepartmentAt,
        Instant answeredAt,
        Instant acceptedAt,
        Instant completedAt,
        Instant cancelledAt,
        Instant lastChangedAt) {

    /** Another due date and/or another department, proposed by the department that has the assignment. */
    public record Proposal(LocalDate dueDate, String department, String reason, Instant proposedAt) {
    }
}
