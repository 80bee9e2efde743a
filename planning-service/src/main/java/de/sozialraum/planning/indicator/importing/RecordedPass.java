package de.sozialraum.planning.indicator.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.planning.indicator.api.PeriodKind;
import de.sozialraum.planning.indicator.query.MongoMeasurementViews;

/**
 * The second pass: the staged rows, series by series, against the values recorded so far — a period
 * that has a value already is an error, and so is a period of another kind than the series has (the
 * domain refuses both; here they are found before anything is applied). Holds one series' recorded
 * periods at a time.
 */
final class RecordedPass {

    private final ImportRun run;
    private final ImportErrors errors;
    private final ImportStaging staging;
    private final MongoMeasurementViews measurements;
    private final int batchSize;
    private final Runnable progress;
    private final List<String> refused = new ArrayList<>();
    private String series;
    private Map<String, BigDecimal> recorded;
    private PeriodKind kind;

    RecordedPass(ImportRun run, ImportErrors errors, ImportStaging staging, MongoMeasurementViews measurements, int batchSize,
                 Runnable progress) {
        this.run = run;
        this.errors = errors;
        this.staging = staging;
        this.measurements = measurements;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    void check() {
        run.rowsStaged = run.rowsValid;
        staging.forEachInSeriesOrder(run.id, staged -> {
            Interruption.check();
            run.rowsChecked++;
            if (!staged.excluded()) {
                check(staged.row());
            }
            if (run.rowsChecked % batchSize == 0) {
                flush();
                progress.run();
            }
        });
        flush();
    }

    private void check(StagedRow row) {
        if (!row.series().equals(series)) {
            series = row.series();
            recorded = measurements.recorded(row.sozialraumId(), row.indicatorCode());
            kind = recorded.keySet().stream().findAny().map(period -> new Period(period).kind()).orElse(null);
        }
        BigDecimal existing = recorded.get(row.period().value());
        if (existing != null) {
            refuse(row, ImportError.of(row.line(), MeasurementCsv.Column.PERIOD.key, "period-recorded", row.period().value(),
                    existing.toPlainString()));
        } else if (kind != null && row.period().kind() != kind) {
            refuse(row, ImportError.of(row.line(), MeasurementCsv.Column.PERIOD.key, "period-kind-mismatch", row.period().value(),
                    "PeriodKind." + row.period().kind().name(), "PeriodKind." + kind.name()));
        } else {
            kind = row.period().kind();
        }
    }

    private void refuse(StagedRow row, ImportError error) {
        errors.add(error);
        run.rowsValid--;
        run.rowsInvalid++;
        refused.add(row.id());
    }

    private void flush() {
        staging.exclude(refused);
        refused.clear();
    }
}
