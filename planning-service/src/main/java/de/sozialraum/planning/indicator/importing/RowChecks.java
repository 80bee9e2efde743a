package de.sozialraum.planning.indicator.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;

/**
 * Checks a row's references against the Kommune as it is when the import is validated: the
 * Sozialraum must be one of the Kommune's and active, the indicator one of its catalogue. Answers are
 * cached per import (a file names a few hundred Sozialräume and indicators many times), in a bounded
 * cache, so a file of 100,000 distinct unknown ids cannot fill the memory.
 */
final class RowChecks {

    private enum SozialraumState { ACTIVE, RETIRED, UNKNOWN }

    private final String kommuneKey;
    private final Map<String, SozialraumState> sozialraeume;
    private final Map<String, Boolean> indicators;
    private final Function<String, SozialraumState> sozialraumLookup;
    private final Function<String, Boolean> indicatorLookup;

    RowChecks(String kommuneKey, SozialraumCatalogue sozialraumCatalogue, IndicatorCatalogue indicatorCatalogue, int cacheSize) {
        this.kommuneKey = kommuneKey;
        this.sozialraeume = lru(cacheSize);
        this.indicators = lru(cacheSize);
        this.sozialraumLookup = id -> state(sozialraumCatalogue.find(id));
        this.indicatorLookup = code -> indicatorCatalogue.find(kommuneKey, code).isPresent();
    }

    /** Adds the reference errors of a row that was read. */
    void check(MeasurementCsv.Row row, List<ImportError> errors) {
        if (row.sozialraumId() != null) {
            switch (sozialraeume.computeIfAbsent(row.sozialraumId(), sozialraumLookup)) {
                case UNKNOWN -> errors.add(ImportError.of(row.line(), MeasurementCsv.Column.SOZIALRAUM.key, "sozialraum-unknown",
                        row.sozialraumId()));
                case RETIRED -> errors.add(ImportError.of(row.line(), MeasurementCsv.Column.SOZIALRAUM.key, "sozialraum-retired",
                        row.sozialraumId()));
                case ACTIVE -> { }
            }
        }
        if (row.indicatorCode() != null && !indicators.computeIfAbsent(row.indicatorCode(), indicatorLookup)) {
            errors.add(ImportError.of(row.line(), MeasurementCsv.Column.INDICATOR.key, "indicator-unknown", row.indicatorCode()));
        }
    }

    /** Another Kommune's Sozialraum is unknown here, exactly like an id that does not exist. */
    private SozialraumState state(Optional<SozialraumCatalogue.Known> known) {
        if (known.isEmpty() || !known.get().kommuneKey().equals(kommuneKey)) {
            return SozialraumState.UNKNOWN;
        }
        return known.get().retired() ? SozialraumState.RETIRED : SozialraumState.ACTIVE;
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
