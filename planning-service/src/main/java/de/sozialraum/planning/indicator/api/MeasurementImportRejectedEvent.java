package de.sozialraum.planning.indicator.api;

import java.util.Map;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/** A measurement import had invalid rows, so nothing of it was applied; on the Kommune's timeline. */
@PublishedAs("de.sozialraum.planning.MeasurementImportRejected.v1")
public record MeasurementImportRejectedEvent(
        String importId,
        String kommuneKey,
        String fileName,
        long rows,
        long validRows,
        long errors,
        Map<String, Long> errorCounts,
        String startedById,
        String startedByName) implements KommuneEvent {
}
