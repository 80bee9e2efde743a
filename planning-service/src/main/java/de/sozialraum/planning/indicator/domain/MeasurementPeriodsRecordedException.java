package de.sozialraum.planning.indicator.domain;

import java.util.List;
import java.util.Map;

import de.sozialraum.platform.problem.ConflictException;

/**
 * A series takes one value per period (409): to record another value for a period is no measurement
 * but a correction. Names the periods that already have a value.
 */
public class MeasurementPeriodsRecordedException extends ConflictException {

    private final List<String> periods;

    MeasurementPeriodsRecordedException(String seriesId, List<String> periods) {
        super("measurement-period-exists", "Series " + seriesId + " has values for " + periods, String.join(", ", periods));
        this.periods = List.copyOf(periods);
    }

    public List<String> periods() {
        return periods;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("periods", periods);
    }
}
