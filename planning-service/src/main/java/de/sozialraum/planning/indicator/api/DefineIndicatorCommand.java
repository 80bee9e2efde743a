package de.sozialraum.planning.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DefineIndicatorCommand(String kommuneKey, String code, IndicatorSpec spec) {

    @TargetAggregateIdentifier
    public String indicatorId() {
        return IndicatorIds.indicator(kommuneKey, code);
    }
}
