package de.sozialraum.planning.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The indicator as it should read now, as a whole; unit and polarity cannot change. */
public record ReviseIndicatorCommand(String kommuneKey, String code, IndicatorSpec spec) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorIds.indicator(kommuneKey, code);
    }
}
