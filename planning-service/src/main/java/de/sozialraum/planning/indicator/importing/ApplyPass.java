package de.sozialraum.planning.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.planning.indicator.api.ImportMeasurementsCommand;
import de.sozialraum.planning.indicator.api.Measurement;
import de.sozialraum.planning.indicator.domain.MeasurementPeriodsRecordedException;
import de.sozialraum.platform.problem.DomainException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The third pass: sends the staged rows to their series, series by series, oldest first, in chunks of
 * at most {@code chunkSize} values — one command and one {@code MeasurementsImported} event per chunk.
 * The series decide: a period recorded meanwhile (a single measurement that came between the check and
 * now) refuses the chunk; the import then reports those rows ({@code period-recorded-meanwhile}), keeps
 * the concurrently recorded value and sends the rest of the chunk again.
 */
final class ApplyPass {

    private static final int ATTEMPTS = 5;

    private final ImportRun run;
    private final ImportErrors errors;
    private final ImportStaging staging;
    private final ImportCommands commands;
    private final int chunkSize;
    private final Runnable progress;
    private final List<StagedRow> chunk = new ArrayList<>();
    private String lastSeries;
    private String lastSozialraum;

    ApplyPass(ImportRun run, ImportErrors errors, ImportStaging staging, ImportCommands commands, int chunkSize, Runnable progress) {
        this.run = run;
        this.errors = errors;
        this.staging = staging;
        this.commands = commands;
        this.chunkSize = chunkSize;
        this.progress = progress;
    }

    void apply() {
        staging.forEachInSeriesOrder(run.id, staged -> {
            if (staged.excluded()) {
                return;
            }
            StagedRow row = staged.row();
            if (!chunk.isEmpty() && (chunk.size() == chunkSize || !chunk.get(0).series().equals(row.series()))) {
                send();
            }
            chunk.add(row);
        });
        if (!chunk.isEmpty()) {
            send();
        }
    }

    private void send() {
        Interruption.check();
        List<StagedRow> pending = new ArrayList<>(chunk);
        chunk.clear();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            StagedRow first = pending.get(0);
            try {
                commands.send(new ImportMeasurementsCommand(first.sozialraumId(), first.indicatorCode(), run.id,
                        pending.stream().map(row -> new Measurement(row.period(), row.value())).toList()), run.startedBy, run.id);
                applied(pending);
                break;
            } catch (RuntimeException e) {
                Throwable cause = ImportCommands.unwrap(e);
                if (cause instanceof MeasurementPeriodsRecordedException recorded) {
                    Set<String> taken = Set.copyOf(recorded.periods());
                    refuse(pending.stream().filter(row -> taken.contains(row.period().value())).toList(), "period-recorded-meanwhile");
                    pending = pending.stream().filter(row -> !taken.contains(row.period().value())).collect(Collectors.toList());
                } else if ((cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) && attempt < ATTEMPTS) {
                    continue; // someone wrote to the series at the same moment: load it again and retry
                } else if (cause instanceof DomainException refusal) {
                    refuse(pending, refusal.code());
                    break;
                } else {
                    throw e;
                }
            }
        }
        progress.run();
    }

    private void applied(List<StagedRow> rows) {
        StagedRow first = rows.get(0);
        run.rowsApplied += rows.size();
        if (!first.series().equals(lastSeries)) {
            run.series++;
            lastSeries = first.series();
        }
        if (!first.sozialraumId().equals(lastSozialraum)) {
            run.sozialraeume++;
            lastSozialraum = first.sozialraumId();
        }
    }

    private void refuse(List<StagedRow> rows, String code) {
        run.rowsRefused += rows.size();
        rows.forEach(row -> errors.add(ImportError.of(row.line(), MeasurementCsv.Column.PERIOD.key, code, row.period().value())));
    }
}
