package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;

import de.sozialraum.planning.indicator.api.ConcludeMeasurementImportCommand;
import de.sozialraum.planning.indicator.api.ImportOutcome;
import de.sozialraum.planning.indicator.domain.ImportConcludedException;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.query.MongoMeasurementViews;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.platform.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one import on a worker thread: reads and checks the file (first pass), checks the staged rows
 * against recorded values (second pass), and — if nothing is wrong, or invalid rows may be skipped —
 * applies them (third pass). Then concludes it on the Kommune's timeline: rejected, completed or failed.
 * Staged rows and the uploaded file are removed whatever the outcome.
 */
class MeasurementImportRunner {

    private static final Logger log = LoggerFactory.getLogger(MeasurementImportRunner.class);
    private static final int REASON_MAX = 500;

    private final MeasurementImports imports;
    private final ImportStaging staging;
    private final SozialraumCatalogue sozialraeume;
    private final IndicatorCatalogue indicators;
    private final MongoMeasurementViews measurements;
    private final ImportCommands commands;
    private final MeasurementImportProperties properties;
    private final Clock clock;

    MeasurementImportRunner(MeasurementImports imports, ImportStaging staging, SozialraumCatalogue sozialraeume,
                            IndicatorCatalogue indicators, MongoMeasurementViews measurements, ImportCommands commands,
                            MeasurementImportProperties properties, Clock clock) {
        this.imports = imports;
        this.staging = staging;
        this.sozialraeume = sozialraeume;
        this.indicators = indicators;
        this.measurements = measurements;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    void run(ImportRun run) {
        ImportErrors errors = new ImportErrors(run, imports, properties.maxStoredErrors());
        Runnable progress = throttled(() -> imports.progress(run, now()));
        try {
            run.status = ImportStatus.VALIDATING;
            imports.progress(run, now());
            boolean readable = new FilePass(run, errors, new RowChecks(run.kommuneKey, sozialraeume, indicators, properties.cacheSize()),
                    staging, properties, progress).read();
            if (readable) {
                new RecordedPass(run, errors, staging, measurements, properties.stagingBatch(), progress).check();
            }
            run.rowsToApply = readable ? staging.countApplicable(run.id) : 0;
            if (run.rowsToApply == 0 || (run.errors > 0 && run.mode == ImportMode.ALL_OR_NOTHING)) {
                conclude(run, errors, ImportStatus.REJECTED, null);
                return;
            }
            run.status = ImportStatus.APPLYING;
            imports.progress(run, now());
            new ApplyPass(run, errors, staging, commands, properties.chunkSize(), progress).apply();
            conclude(run, errors, run.rowsApplied == run.rowsRead ? ImportStatus.APPLIED : ImportStatus.PARTIALLY_APPLIED, null);
        } catch (Interruption e) {
            fail(run, errors, "Import abgebrochen: der Dienst wurde beendet.");
        } catch (IOException | RuntimeException e) {
            log.error("Measurement import {} failed", run.id, e);
            fail(run, errors, "Import abgebrochen: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            discard(run);
        }
    }

    /** Concludes an import that a stopped instance left unfinished: FAILED, with what it had applied. */
    void concludeInterrupted(ImportRun run, Actor system) {
        String reason = "Import unterbrochen: der bearbeitende Dienst hat sich nicht mehr gemeldet (Neustart oder Absturz).";
        try {
            commands.send(command(run, ImportStatus.FAILED, reason), system, run.id);
            imports.finish(run, ImportStatus.FAILED, reason, now());
        } catch (RuntimeException e) {
            if (!(ImportCommands.unwrap(e) instanceof ImportConcludedException concluded)) {
                throw e;
            }
            imports.finish(run, ImportStatus.valueOf(concluded.outcome().name()), null, now());
        }
        discard(run);
    }

    private void fail(ImportRun run, ImportErrors errors, String reason) {
        Thread.interrupted(); // conclude even when the worker was interrupted
        try {
            conclude(run, errors, ImportStatus.FAILED, reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason);
        } catch (RuntimeException e) {
            log.warn("Measurement import {} could not be concluded now; the next sweep concludes it as interrupted", run.id, e);
        }
    }

    /** The timeline first, then the status: if the command fails, the import stays active and a sweep concludes it. */
    private void conclude(ImportRun run, ImportErrors errors, ImportStatus status, String reason) {
        errors.flush();
        try {
            commands.send(command(run, status, reason), run.startedBy, run.id);
            imports.finish(run, status, reason, now());
        } catch (RuntimeException e) {
            if (!(ImportCommands.unwrap(e) instanceof ImportConcludedException concluded)) {
                throw e;
            }
            imports.finish(run, ImportStatus.valueOf(concluded.outcome().name()), reason, now());
        }
    }

    private static ConcludeMeasurementImportCommand command(ImportRun run, ImportStatus status, String reason) {
        return new ConcludeMeasurementImportCommand(run.id, run.kommuneKey, ImportOutcome.valueOf(status.name()), run.report(), reason);
    }

    private void discard(ImportRun run) {
        try {
            staging.discard(run.id);
            Files.deleteIfExists(run.file);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not clean up after measurement import {}", run.id, e);
        }
    }

    /**
     * Progress is written at most every {@code progress-interval}: often enough for a progress bar and
     * for counting what an interrupted import had applied, rarely enough not to cost a write per chunk.
     */
    private Runnable throttled(Runnable write) {
        long interval = properties.progressInterval().toNanos();
        long[] last = {System.nanoTime() - interval};
        return () -> {
            long now = System.nanoTime();
            if (now - last[0] >= interval) {
                last[0] = now;
                write.run();
            }
        };
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
