package de.sozialraum.coordination.assignment.deadline;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of assignments ({@code sozialraum.deadlines.*}, docs/operations.md).
 *
 * @param reminderDays how many days before the due date the department is reminded, one reminder each (at the start of
 *                     that day, Europe/Berlin); the assignment is overdue at the start of the day after the due date
 * @param pollInterval how often an instance looks for deadlines that have come
 * @param claimTimeout how long a deadline an instance took stays its own; if it has not fired it by then (it crashed,
 *                     the command failed), another instance (or the next round) fires it
 * @param batchSize    deadlines fired in one go; a full batch is followed by the next one at once
 */
@ConfigurationProperties("sozialraum.deadlines")
public record DeadlineProperties(
        @DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("2m") Duration claimTimeout,
        @DefaultValue("100") int batchSize) {

    public DeadlineProperties {
        if (reminderDays.stream().anyMatch(days -> days == null || days < 1) || reminderDays.stream().distinct().count() != reminderDays.size()) {
            throw new IllegalArgumentException("sozialraum.deadlines.reminder-days must be distinct whole days >= 1, not " + reminderDays);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claimTimeout.isNegative() || claimTimeout.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("sozialraum.deadlines.poll-interval, claim-timeout and batch-size must be positive");
        }
        reminderDays = reminderDays.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
