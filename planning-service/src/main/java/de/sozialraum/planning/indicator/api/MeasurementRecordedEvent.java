package de.sozialraum.planning.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/** One value of an indicator was recorded for a Sozialraum and period; on the Sozialraum's timeline. */
@PublishedAs("de.sozialraum.planning.MeasurementRecorded.v1")
public record MeasurementRecordedEvent(
        String sozialraumId,
        String kommuneKey,
        String indicatorCode,
        String period,
        LocalDate periodEnd,
        BigDecimal value) implements TimelineEvent {
}
