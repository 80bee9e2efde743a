package de.sozialraum.coordination.assignment.query;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;

/**
 * A department's unfinished assignments (waiting for its answer, waiting for the Stabsstelle's answer to
 * its counter-proposal, or in its work), each in exactly one group, each group the earliest due first.
 *
 * @param today       the day the groups were judged by (Europe/Berlin)
 * @param dueSoonDays "due soon" means due from today to {@code today + dueSoonDays}
 * @param overdue     due before today
 * @param dueSoon     due from today to {@code today + dueSoonDays}
 * @param open        due later
 */
public record Inbox(
        String kommuneKey,
        String department,
        LocalDate today,
        int dueSoonDays,
        List<Item> overdue,
        List<Item> dueSoon,
        List<Item> open) {

    /**
     * @param sozialraumName the Sozialraum's current name, null while coordination has not learnt it
     * @param daysLeft       days from today to the due date: 0 due today, negative when overdue (-3: three days overdue)
     */
    public record Item(
            String id,
            String title,
            String sozialraumId,
            String sozialraumName,
            AssignmentStatus status,
            AssignmentPriority priority,
            LocalDate dueDate,
            long daysLeft,
            Integer progress) {
    }
}
