package de.sozialraum.planning.indicator.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and tuning of measurement imports ({@code sozialraum.measurement-import.*}, docs/operations.md).
 *
 * @param directory        where uploads wait while they are imported; default {@code <java.io.tmpdir>/sozialraum-measurement-imports}
 * @param maxSize          largest upload; a larger one is refused while it arrives (413)
 * @param maxRows          most data rows of one file; more reject the file
 * @param maxLineLength    longest line in characters; a longer one is an error of its row
 * @param chunkSize        values per {@code MeasurementsImported} event (about 60 bytes each in JSON)
 * @param stagingBatch     rows per write to the staging collection
 * @param maxStoredErrors  errors kept per import for the errors endpoint (all are counted)
 * @param firstErrors      errors shown in the status
 * @param cacheSize        Sozialräume and indicators remembered per import while checking rows
 * @param workers          imports run at the same time by one instance
 * @param queueCapacity    imports waiting for a worker; more are refused (503)
 * @param heartbeat        how often a running instance confirms its imports are alive (and looks for interrupted ones)
 * @param staleAfter       an active import whose instance has not confirmed it for this long is concluded as FAILED
 * @param progressInterval how often a running import writes its counters (progress, and what it has applied)
 */
@ConfigurationProperties("sozialraum.measurement-import")
public record MeasurementImportProperties(
        Path directory,
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("4096") int maxLineLength,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("500") int stagingBatch,
        @DefaultValue("1000") int maxStoredErrors,
        @DefaultValue("20") int firstErrors,
        @DefaultValue("10000") int cacheSize,
        @DefaultValue("1") int workers,
        @DefaultValue("4") int queueCapacity,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("60s") Duration staleAfter,
        @DefaultValue("500ms") Duration progressInterval) {

    public Path uploadDirectory() {
        return directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"), "sozialraum-measurement-imports");
    }
}
