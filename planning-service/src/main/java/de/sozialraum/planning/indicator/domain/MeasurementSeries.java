package de.sozialraum.planning.indicator.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.api.ImportMeasurementsCommand;
import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.MeasuredValue;
import de.sozialraum.planning.indicator.api.Measurement;
import de.sozialraum.planning.indicator.api.MeasurementRecordedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.planning.indicator.api.PeriodKind;
import de.sozialraum.planning.indicator.api.RecordMeasurementCommand;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.planning.sozialraum.domain.SozialraumRetiredException;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The values of one indicator for one Sozialraum, one per period: the consistency boundary of
 * measurements. It knows its periods (a few hundred at most: one per month over decades), so "one
 * value per period" is decided here, not by a view; the Sozialraum aggregate stays small. All periods
 * of a series are of one kind (years, half-years, quarters or months), so they never overlap and their
 * Stichtage order them.
 */
@Aggregate
public class MeasurementSeries {

    /** At most this many values in one import command: one event stays far below the broker's 1 MB. */
    public static final int MAX_VALUES_PER_IMPORT = 2_000;

    @AggregateIdentifier
    private String seriesId;
    private PeriodKind kind;
    private final Set<String> periods = new HashSet<>();

    protected MeasurementSeries() {
        // Axon needs it to rebuild the aggregate from its events (and to create it on the first value).
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordMeasurementCommand command, SozialraumCatalogue sozialraeume, IndicatorCatalogue indicators,
                       Actor actor) {
        String kommuneKey = admit(command.sozialraumId(), command.indicatorCode(), sozialraeume, indicators, actor);
        requireRecordable(command.seriesId(), List.of(command.measurement()));
        MeasuredValue value = MeasuredValue.of(command.measurement());
        apply(new MeasurementRecordedEvent(command.sozialraumId(), kommuneKey, command.indicatorCode(), value.period(),
                value.periodEnd(), value.value()));
    }

    /** A chunk of an import: all its values are recorded, or — if any is refused — none. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ImportMeasurementsCommand command, SozialraumCatalogue sozialraeume, IndicatorCatalogue indicators,
                       Actor actor) {
        String kommuneKey = admit(command.sozialraumId(), command.indicatorCode(), sozialraeume, indicators, actor);
        if (command.measurements() == null || command.measurements().isEmpty() || command.measurements().size() > MAX_VALUES_PER_IMPORT) {
            throw new RuleViolationException("import-chunk-invalid", "An import command carries 1 to " + MAX_VALUES_PER_IMPORT + " values");
        }
        requireRecordable(command.seriesId(), command.measurements());
        apply(new MeasurementsImportedEvent(command.sozialraumId(), kommuneKey, command.indicatorCode(), command.importId(),
                command.measurements().stream().map(MeasuredValue::of).sorted(Comparator.comparing(MeasuredValue::periodEnd)).toList()));
    }

    /**
     * Kommune (404) and role (403) first, then the Sozialraum must be active (409) and the indicator
     * one of its Kommune's (422). Returns the Kommune.
     */
    private static String admit(String sozialraumId, String code, SozialraumCatalogue sozialraeume, IndicatorCatalogue indicators,
                                Actor actor) {
        Optional<SozialraumCatalogue.Known> sozialraum = sozialraeume.find(sozialraumId);
        PlanningAccessRules.recordMeasurement(actor, sozialraum.map(SozialraumCatalogue.Known::kommuneKey).orElse(null), sozialraumId);
        SozialraumCatalogue.Known known = sozialraum.orElseThrow();
        if (known.retired()) {
            throw new SozialraumRetiredException(sozialraumId);
        }
        if (indicators.find(known.kommuneKey(), code).isEmpty()) {
            throw new IndicatorUnknownException(known.kommuneKey(), code);
        }
        return known.kommuneKey();
    }

    private void requireRecordable(String id, List<Measurement> measurements) {
        List<String> taken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PeriodKind seriesKind = kind;
        for (Measurement measurement : measurements) {
            if (measurement == null || measurement.period() == null || !Measurement.isAcceptable(measurement.value())) {
                throw new RuleViolationException("value-invalid", "A value needs a period and at most " + Measurement.MAX_PRECISION
                        + " digits, " + Measurement.MAX_SCALE + " of them decimals", measurement == null ? null : measurement.value());
            }
            PeriodKind periodKind = measurement.period().kind();
            if (seriesKind != null && periodKind != seriesKind) {
                throw new PeriodKindMismatchException(measurement.period().value(), periodKind, seriesKind);
            }
            seriesKind = periodKind;
            String period = measurement.period().value();
            if (periods.contains(period) || !seen.add(period)) {
                taken.add(period);
            }
        }
        if (!taken.isEmpty()) {
            throw new MeasurementPeriodsRecordedException(id, taken);
        }
    }

    @EventSourcingHandler
    void on(MeasurementRecordedEvent event) {
        seriesId = IndicatorIds.series(event.sozialraumId(), event.indicatorCode());
        remember(event.period());
    }

    @EventSourcingHandler
    void on(MeasurementsImportedEvent event) {
        seriesId = IndicatorIds.series(event.sozialraumId(), event.indicatorCode());
        event.values().forEach(value -> remember(value.period()));
    }

    private void remember(String period) {
        periods.add(period);
        kind = new Period(period).kind();
    }
}
