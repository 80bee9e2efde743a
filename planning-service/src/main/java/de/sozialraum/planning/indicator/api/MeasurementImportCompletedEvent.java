package de.sozialraum.planning.indicator.api;

import java.util.Map;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/**
 * A measurement import was applied (the values are on the Sozialräume's timelines, each
 * {@code MeasurementsImported} naming this {@code importId}); on the Kommune's timeline.
 *
 * @param outcome        {@code APPLIED} or {@code PARTIALLY_APPLIED}
 * @param rowsNotApplied rows of the file that were not applied (invalid rows skipped on request, periods recorded meanwhile)
 */
@PublishedAs("de.sozialraum.planning.MeasurementImportCompleted.v1")
public record MeasurementImportCompletedEvent(
        String importId,
        String kommuneKey,
        ImportOutcome outcome,
        String fileName,
        long rows,
        long values,
        long series,
        long sozialraeume,
        long rowsNotApplied,
        long errors,
        Map<String, Long> errorCounts,
        String startedById,
        String startedByName) implements KommuneEvent {
}
