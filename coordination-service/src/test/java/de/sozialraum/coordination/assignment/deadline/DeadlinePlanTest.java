package de.sozialraum.coordination.assignment.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import de.sozialraum.coordination.assignment.api.MarkAssignmentOverdueCommand;
import de.sozialraum.coordination.assignment.api.RemindAssignmentCommand;
import org.junit.jupiter.api.Test;

class DeadlinePlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DUE = LocalDate.of(2027, 4, 2);
    private static final DeadlinePlan PLAN = new DeadlinePlan(new DeadlineProperties(List.of(1, 7), Duration.ofMinutes(1),
            Duration.ofMinutes(2), 100).reminderDays(), BERLIN);

    @Test
    void remindsAtTheStartOfEachReminderDayAndIsOverdueAtTheStartOfTheDayAfterTheDueDateInBerlin() {
        List<Deadline> deadlines = PLAN.plan("a-1", "16053", DUE, Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(deadlines).extracting(Deadline::daysBefore).containsExactly(7, 1, 0);
        // 26 March 2027 is still winter time (UTC+1), the due date summer time (UTC+2): the clock changes on 28 March
        assertThat(deadlines).extracting(Deadline::fireAt).containsExactly(Instant.parse("2027-03-25T23:00:00Z"),
                Instant.parse("2027-03-31T22:00:00Z"), Instant.parse("2027-04-02T22:00:00Z"));
        assertThat(deadlines).extracting(Deadline::id).containsExactly("a-1/2027-04-02/reminder-7", "a-1/2027-04-02/reminder-1",
                "a-1/2027-04-02/overdue");
        assertThat(deadlines).extracting(Deadline::command).containsExactly(new RemindAssignmentCommand("a-1", DUE, 7),
                new RemindAssignmentCommand("a-1", DUE, 1), new MarkAssignmentOverdueCommand("a-1", DUE));
    }

    @Test
    void aReminderIsStaleOnceTheNextDeadlineOfItsDueDateHasCome() {
        List<Deadline> deadlines = PLAN.plan("a-1", "16053", DUE, Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(deadlines).extracting(Deadline::staleAt).containsExactly(deadlines.get(1).fireAt(), deadlines.get(2).fireAt(), null);
        Deadline sevenDays = deadlines.get(0);
        assertThat(sevenDays.isStaleAt(sevenDays.fireAt())).isFalse();
        assertThat(sevenDays.isStaleAt(deadlines.get(1).fireAt().minusSeconds(1))).isFalse();
        assertThat(sevenDays.isStaleAt(deadlines.get(1).fireAt())).isTrue();
        assertThat(deadlines.get(2).isStaleAt(Instant.MAX)).as("overdue always fires").isFalse();
    }

    @Test
    void remindersWhoseMomentHadPassedWhenTheDueDateWasSetAreNotPlannedTheLaterOnesAre() {
        Instant threeDaysAhead = Instant.parse("2027-03-30T08:00:00Z");

        assertThat(PLAN.plan("a-1", "16053", DUE, threeDaysAhead)).extracting(Deadline::daysBefore).containsExactly(1, 0);
        assertThat(PLAN.plan("a-1", "16053", DUE, Instant.parse("2027-04-02T08:00:00Z"))).extracting(Deadline::daysBefore)
                .as("set on the due date itself: only overdue").containsExactly(0);
    }

    @Test
    void reminderDaysMustBeDistinctWholeDays() {
        assertThatThrownBy(() -> new DeadlineProperties(List.of(7, 0), Duration.ofMinutes(1), Duration.ofMinutes(2), 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineProperties(List.of(7, 7), Duration.ofMinutes(1), Duration.ofMinutes(2), 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeadlineProperties(List.of(), Duration.ofMinutes(1), Duration.ofMinutes(2), 100).reminderDays())
                .as("no reminders, only overdue").isEmpty();
    }
}
