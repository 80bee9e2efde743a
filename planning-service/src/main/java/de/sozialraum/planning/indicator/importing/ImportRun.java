package de.sozialraum.planning.indicator.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import de.sozialraum.planning.indicator.api.ImportReport;
import de.sozialraum.platform.actor.Actor;

/** One import as its worker runs it: what it is, and its counters (written to the status document as it goes). */
final class ImportRun {

    final String id;
    final String kommuneKey;
    final String fileName;
    final ImportMode mode;
    final Actor startedBy;
    final Path file;
    final long bytes;

    ImportStatus status = ImportStatus.RECEIVED;
    long bytesRead;
    long rowsRead;
    long rowsValid;
    long rowsInvalid;
    long rowsStaged;
    long rowsChecked;
    long rowsToApply;
    long rowsApplied;
    long rowsRefused;
    long series;
    long sozialraeume;
    long errors;
    long errorsStored;
    final Map<String, Long> errorCounts = new TreeMap<>();

    ImportRun(String id, String kommuneKey, String fileName, ImportMode mode, Actor startedBy, Path file, long bytes) {
        this.id = id;
        this.kommuneKey = kommuneKey;
        this.fileName = fileName;
        this.mode = mode;
        this.startedBy = startedBy;
        this.file = file;
        this.bytes = bytes;
    }

    void counted(ImportError error) {
        errors++;
        errorCounts.merge(error.code(), 1L, Long::sum);
    }

    /**
     * Overall progress in percent: reading and checking the file is the first half (the pass over the
     * file 45 %, the check against recorded values 5 %), applying the second.
     */
    int percent() {
        return switch (status) {
            case RECEIVED -> 0;
            case VALIDATING -> rowsChecked == 0 ? share(45, bytesRead, bytes) : 45 + share(5, rowsChecked, rowsStaged);
            case APPLYING -> 50 + share(50, rowsApplied + rowsRefused, rowsToApply);
            case REJECTED, APPLIED, PARTIALLY_APPLIED, FAILED -> 100;
        };
    }

    ImportReport report() {
        return new ImportReport(fileName, startedBy.id(), startedBy.displayName(), rowsRead, rowsValid, rowsApplied, series,
                sozialraeume, errors, Map.copyOf(errorCounts));
    }

    private static int share(int of, long done, long total) {
        return total <= 0 ? 0 : (int) Math.min(of, of * done / total);
    }
}
