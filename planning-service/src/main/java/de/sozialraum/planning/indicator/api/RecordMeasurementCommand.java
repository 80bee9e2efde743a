package de.sozialraum.planning.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMeasurementCommand(String sozialraumId, String indicatorCode, Measurement measurement) {

    @TargetAggregateIdentifier
    public String seriesId() {
        return IndicatorIds.series(sozialraumId, indicatorCode);
    }
}
