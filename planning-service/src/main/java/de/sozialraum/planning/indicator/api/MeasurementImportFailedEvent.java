package de.sozialraum.planning.indicator.api;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/**
 * A measurement import broke off, e.g. because the service stopped. The values applied before stay
 * (each {@code MeasurementsImported} names this {@code importId}); {@code values} and {@code series}
 * count them as far as the import knew. On the Kommune's timeline.
 */
@PublishedAs("de.sozialraum.planning.MeasurementImportFailed.v1")
public record MeasurementImportFailedEvent(
        String importId,
        String kommuneKey,
        String fileName,
        String reason,
        long rows,
        long values,
        long series,
        String startedById,
        String startedByName) implements KommuneEvent {
}
