package de.sozialraum.planning.indicator.api;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/** The indicator as it reads now, as a whole: name, source or category changed (unit and polarity never do). */
@PublishedAs("de.sozialraum.planning.IndicatorRevised.v1")
public record IndicatorRevisedEvent(
        String kommuneKey,
        String code,
        String name,
        String unit,
        Polarity polarity,
        IndicatorCategory category,
        String source,
        int revision) implements KommuneEvent {

    public static IndicatorRevisedEvent of(String kommuneKey, String code, IndicatorSpec spec, int revision) {
        return new IndicatorRevisedEvent(kommuneKey, code, spec.name(), spec.unit(), spec.polarity(), spec.category(), spec.source(),
                revision);
    }
}
