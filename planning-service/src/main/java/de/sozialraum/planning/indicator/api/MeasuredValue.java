package de.sozialraum.planning.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded value as events carry it.
 *
 * @param period    as recorded, e.g. {@code 2025-07}
 * @param periodEnd the period's Stichtag
 */
public record MeasuredValue(String period, LocalDate periodEnd, BigDecimal value) {

    public static MeasuredValue of(Measurement measurement) {
        return new MeasuredValue(measurement.period().value(), measurement.period().end(), measurement.value());
    }
}
