package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first pass: reads the file once, line by line, checks each row's form and references, and
 * stages the valid rows; the staging's unique key finds a period given twice for a series. Holds one
 * line and one staging batch at a time, whatever the size of the file.
 */
final class FilePass {

    private final ImportRun run;
    private final ImportErrors errors;
    private final RowChecks checks;
    private final ImportStaging staging;
    private final MeasurementImportProperties properties;
    private final Runnable progress;
    private final List<StagedRow> batch = new ArrayList<>();

    FilePass(ImportRun run, ImportErrors errors, RowChecks checks, ImportStaging staging, MeasurementImportProperties properties,
             Runnable progress) {
        this.run = run;
        this.errors = errors;
        this.checks = checks;
        this.staging = staging;
        this.properties = properties;
        this.progress = progress;
    }

    /** Reads the file; false if it cannot be read as a whole (no usable header, too many rows). */
    boolean read() throws IOException {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(run.file));
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvLines lines = new CsvLines(reader, properties.maxLineLength());
            MeasurementCsv.Header header = header(lines.next());
            if (header == null) {
                return false;
            }
            for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                Interruption.check();
                if (line.text().isBlank() && !line.tooLong()) {
                    continue;
                }
                if (run.rowsRead == properties.maxRows()) {
                    errors.add(ImportError.ofRow(line.number(), "too-many-rows", String.valueOf(properties.maxRows())));
                    return false;
                }
                row(MeasurementCsv.row(line, header));
                if (run.rowsRead % properties.stagingBatch() == 0) {
                    stageBatch();
                    run.bytesRead = in.count();
                    progress.run();
                }
            }
            stageBatch();
            run.bytesRead = run.bytes;
            if (run.rowsRead == 0) {
                errors.add(ImportError.ofRow(2, "file-empty"));
                return false;
            }
            return true;
        }
    }

    private MeasurementCsv.Header header(CsvLines.Line first) {
        if (first == null || first.text().isBlank()) {
            errors.add(ImportError.ofRow(1, "file-empty"));
            return null;
        }
        if (first.tooLong()) {
            errors.add(ImportError.ofRow(1, "line-too-long"));
            return null;
        }
        try {
            return MeasurementCsv.header(first.text());
        } catch (MeasurementCsv.HeaderException e) {
            errors.add(e.error());
            return null;
        }
    }

    private void row(MeasurementCsv.Row row) {
        run.rowsRead++;
        List<ImportError> found = new ArrayList<>(row.errors());
        checks.check(row, found);
        if (found.isEmpty()) {
            batch.add(new StagedRow(run.id, row.line(), row.sozialraumId(), row.indicatorCode(), row.period(), row.value()));
        } else {
            run.rowsInvalid++;
            found.forEach(errors::add);
        }
    }

    /** Stages the batch; a period the file already gave for the series is an error of the later row (and, with VALID_ROWS, neither row is applied). */
    private void stageBatch() {
        List<ImportStaging.Duplicate> duplicates = staging.stage(batch);
        run.rowsValid += batch.size() - duplicates.size();
        run.rowsInvalid += duplicates.size();
        duplicates.forEach(duplicate -> errors.add(ImportError.of(duplicate.row().line(), MeasurementCsv.Column.PERIOD.key,
                "period-duplicate", duplicate.row().period().value(), String.valueOf(duplicate.firstLine()))));
        staging.exclude(duplicates.stream().map(duplicate -> duplicate.row().id()).collect(Collectors.toSet()));
        batch.clear();
    }
}
