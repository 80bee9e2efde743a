package de.sozialraum.planning.indicator.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The measurements recorded so far, as goal progress and the need index read them. */
public interface MeasurementReadings {

    /** A Sozialraum's values of one indicator, oldest period first. */
    List<Reading> series(String sozialraumId, String indicatorCode);

    /** The latest value of one indicator for each of the given Sozialräume that has one. */
    Map<String, Reading> latest(Collection<String> sozialraumIds, String indicatorCode);

    /**
     * One measured value.
     *
     * @param period    as recorded, e.g. {@code 2025}, {@code 2025-H1}, {@code 2025-Q3}, {@code 2025-07}
     * @param periodEnd the last day of the period (the Stichtag), which orders periods of any length
     */
    record Reading(String period, LocalDate periodEnd, BigDecimal value) {
    }
}
