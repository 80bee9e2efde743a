package de.sozialraum.planning.indicator.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as the API reports it.
 *
 * @param progress     0–100: reading and checking the file is the first half, applying the second
 * @param rowsRead     data rows read so far (without header and blank lines)
 * @param rowsValid    rows without error so far
 * @param rowsInvalid  rows with at least one error
 * @param rowsApplied  values applied to series so far
 * @param errorCount   all errors (a row may have several); {@code errorCounts} by code
 * @param errorsStored how many of them are kept for {@code …/errors} (at most {@code sozialraum.measurement-import.max-stored-errors})
 * @param firstErrors  the first errors by line
 */
public record ImportStatusView(
        String id,
        String kommuneKey,
        String fileName,
        ImportMode mode,
        ImportStatus status,
        int progress,
        Person startedBy,
        Instant receivedAt,
        Instant finishedAt,
        long bytes,
        long rowsRead,
        long rowsValid,
        long rowsInvalid,
        long rowsApplied,
        long series,
        long sozialraeume,
        long errorCount,
        Map<String, Long> errorCounts,
        long errorsStored,
        String failureReason,
        List<ErrorView> firstErrors) {

    public record Person(String id, String name) {
    }

    /** One error with its text in the caller's language. */
    public record ErrorView(long line, String column, String code, String value, String message) {
    }
}
