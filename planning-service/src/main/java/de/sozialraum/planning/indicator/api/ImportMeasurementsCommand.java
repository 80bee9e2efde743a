package de.sozialraum.planning.indicator.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One chunk of an import for one series: all of it is recorded, or none of it. */
public record ImportMeasurementsCommand(String sozialraumId, String indicatorCode, String importId, List<Measurement> measurements) {

    @TargetAggregateIdentifier
    public String seriesId() {
        return IndicatorIds.series(sozialraumId, indicatorCode);
    }
}
