package de.sozialraum.planning.indicator.importing;

import java.math.BigDecimal;

import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.Period;

/** A row that passed the checks of the first pass, waiting in the staging collection. */
record StagedRow(String importId, long line, String sozialraumId, String indicatorCode, Period period, BigDecimal value) {

    /** Unique per import, series and period: a second row for the same period cannot be staged. */
    String id() {
        return importId + "|" + series() + "|" + period.value();
    }

    String series() {
        return IndicatorIds.series(sozialraumId, indicatorCode);
    }
}
