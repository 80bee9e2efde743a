package de.sozialraum.coordination.assignment.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Which deadlines of one due date an assignment has recorded: the reminders (by days before) and whether
 * it was marked overdue. Deadlines of another due date count as not recorded, so a new due date (an
 * accepted counter-proposal) starts afresh.
 */
record RecordedDeadlines(LocalDate dueDate, Set<Integer> reminders, boolean overdue) {

    static final RecordedDeadlines NONE = new RecordedDeadlines(null, Set.of(), false);

    RecordedDeadlines {
        reminders = Set.copyOf(reminders);
    }

    boolean reminded(LocalDate due, int daysBefore) {
        return due.equals(dueDate) && reminders.contains(daysBefore);
    }

    boolean overdue(LocalDate due) {
        return due.equals(dueDate) && overdue;
    }

    RecordedDeadlines withReminder(LocalDate due, int daysBefore) {
        Set<Integer> days = new HashSet<>(of(due).reminders);
        days.add(daysBefore);
        return new RecordedDeadlines(due, days, of(due).overdue);
    }

    RecordedDeadlines withOverdue(LocalDate due) {
        return new RecordedDeadlines(due, of(due).reminders, true);
    }

    private RecordedDeadlines of(LocalDate due) {
        return due.equals(dueDate) ? this : new RecordedDeadlines(due, Set.of(), false);
    }
}
