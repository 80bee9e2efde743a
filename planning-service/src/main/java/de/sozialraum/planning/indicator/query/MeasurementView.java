package de.sozialraum.planning.indicator.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded value as the series view shows it.
 *
 * @param importId the import that brought it, or {@code null} if it was recorded on its own
 */
public record MeasurementView(String period, LocalDate periodEnd, BigDecimal value, String importId) {
}
