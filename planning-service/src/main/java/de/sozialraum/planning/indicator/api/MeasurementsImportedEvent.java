package de.sozialraum.planning.indicator.api;

import java.util.List;

import de.sozialraum.platform.publication.PublishedAs;
import de.sozialraum.platform.publication.TimelineEvent;

/**
 * Values of one indicator for one Sozialraum from an import, oldest period first; an import writes one
 * such event per series and chunk (at most {@code sozialraum.measurement-import.chunk-size} values),
 * so that one event stays far below the broker's message size.
 */
@PublishedAs("de.sozialraum.planning.MeasurementsImported.v1")
public record MeasurementsImportedEvent(
        String sozialraumId,
        String kommuneKey,
        String indicatorCode,
        String importId,
        List<MeasuredValue> values) implements TimelineEvent {
}
