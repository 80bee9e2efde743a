package de.sozialraum.planning.indicator.importing;

import java.util.ArrayList;
import java.util.List;

/** Counts every error of a run and keeps the first ones (up to the configured number), written in batches. */
final class ImportErrors {

    private static final int BATCH = 200;

    private final ImportRun run;
    private final MeasurementImports imports;
    private final int maxStored;
    private final List<ImportError> pending = new ArrayList<>();

    ImportErrors(ImportRun run, MeasurementImports imports, int maxStored) {
        this.run = run;
        this.imports = imports;
        this.maxStored = maxStored;
    }

    void add(ImportError error) {
        run.counted(error);
        if (run.errorsStored + pending.size() < maxStored) {
            pending.add(error);
            if (pending.size() >= BATCH) {
                flush();
            }
        }
    }

    void flush() {
        imports.storeErrors(run.id, pending);
        run.errorsStored += pending.size();
        pending.clear();
    }
}
