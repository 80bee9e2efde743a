package de.sozialraum.planning.indicator.domain;

import java.util.Map;

import de.sozialraum.planning.indicator.api.PeriodKind;
import de.sozialraum.platform.problem.RuleViolationException;

/** A series keeps the kind of its first period (422): months do not mix with quarters or years. */
public class PeriodKindMismatchException extends RuleViolationException {

    private final PeriodKind seriesKind;

    PeriodKindMismatchException(String period, PeriodKind given, PeriodKind seriesKind) {
        super("period-kind-mismatch", "Period " + period + " is a " + given + ", the series has " + seriesKind, period, given, seriesKind);
        this.seriesKind = seriesKind;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("seriesPeriodKind", seriesKind.name());
    }
}
