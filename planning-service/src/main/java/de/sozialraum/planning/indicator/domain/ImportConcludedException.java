package de.sozialraum.planning.indicator.domain;

import java.util.Map;

import de.sozialraum.planning.indicator.api.ImportOutcome;
import de.sozialraum.platform.problem.ConflictException;

/** An import ends once (409); names how it ended. */
public class ImportConcludedException extends ConflictException {

    private final ImportOutcome outcome;

    ImportConcludedException(String importId, ImportOutcome outcome) {
        super("import-concluded", "Import " + importId + " ended already: " + outcome, importId, outcome);
        this.outcome = outcome;
    }

    public ImportOutcome outcome() {
        return outcome;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", outcome.name());
    }
}
