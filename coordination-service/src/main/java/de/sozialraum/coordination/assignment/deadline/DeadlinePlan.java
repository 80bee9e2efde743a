package de.sozialraum.coordination.assignment.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When the deadlines of a due date come: each reminder at the start of its day before the due date, overdue at the
 * start of the day after it, in the Kommunen's time zone. A reminder whose moment had passed when the due date was
 * set (issued three days ahead: no seven-day reminder) is not planned; the later ones are.
 */
class DeadlinePlan {

    private final List<Integer> reminderDays;
    private final ZoneId zone;

    /** {@code reminderDays} from the farthest to the closest, as {@link DeadlineProperties} has them. */
    DeadlinePlan(List<Integer> reminderDays, ZoneId zone) {
        this.reminderDays = List.copyOf(reminderDays);
        this.zone = zone;
    }

    List<Deadline> plan(String assignmentId, String kommuneKey, LocalDate dueDate, Instant plannedAt) {
        Instant overdueAt = startOf(dueDate.plusDays(1));
        List<Deadline> deadlines = new ArrayList<>();
        Instant next = overdueAt;
        for (int i = reminderDays.size() - 1; i >= 0; i--) {
            int days = reminderDays.get(i);
            Instant fireAt = startOf(dueDate.minusDays(days));
            if (fireAt.isAfter(plannedAt)) {
                deadlines.add(0, Deadline.reminder(assignmentId, kommuneKey, dueDate, days, fireAt, next));
            }
            next = fireAt;
        }
        deadlines.add(Deadline.overdue(assignmentId, kommuneKey, dueDate, overdueAt));
        return deadlines;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
