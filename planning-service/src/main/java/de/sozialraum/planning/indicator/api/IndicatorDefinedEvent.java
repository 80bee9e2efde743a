package de.sozialraum.planning.indicator.api;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/** A Kommune added an indicator to its catalogue; on the Kommune's timeline. */
@PublishedAs("de.sozialraum.planning.IndicatorDefined.v1")
public record IndicatorDefinedEvent(
        String kommuneKey,
        String code,
        String name,
        String unit,
        Polarity polarity,
        IndicatorCategory category,
        String source) implements KommuneEvent {

    public static IndicatorDefinedEvent of(String kommuneKey, String code, IndicatorSpec spec) {
        return new IndicatorDefinedEvent(kommuneKey, code, spec.name(), spec.unit(), spec.polarity(), spec.category(), spec.source());
    }
}
