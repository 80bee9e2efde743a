package de.sozialraum.planning.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Measurement;
import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.api.RecordMeasurementCommand;
import de.sozialraum.planning.indicator.query.IndicatorView;
import de.sozialraum.planning.indicator.query.MeasurementView;
import de.sozialraum.planning.indicator.query.MongoIndicatorViews;
import de.sozialraum.planning.indicator.query.MongoMeasurementViews;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A Sozialraum's values of one indicator: recorded one at a time by the Stabsstelle, read as a series. */
@RestController
@RequestMapping("/api/sozialraeume/{sozialraumId}/indicators/{code}")
class MeasurementController {

    private final CommandGateway commands;
    private final SozialraumCatalogue sozialraeume;
    private final MongoIndicatorViews indicators;
    private final MongoMeasurementViews measurements;
    private final CurrentActor currentActor;

    MeasurementController(CommandGateway commands, SozialraumCatalogue sozialraeume, MongoIndicatorViews indicators,
                          MongoMeasurementViews measurements, CurrentActor currentActor) {
        this.commands = commands;
        this.sozialraeume = sozialraeume;
        this.indicators = indicators;
        this.measurements = measurements;
        this.currentActor = currentActor;
    }

    /** {@code period}: {@code 2025}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-07}. */
    record MeasurementRequest(@NotBlank @Size(max = 10) String period, @NotNull BigDecimal value) {
    }

    record Recorded(String sozialraumId, String indicatorCode, String period, LocalDate periodEnd) {
    }

    record IndicatorInfo(String code, String name, String unit, Polarity polarity, IndicatorCategory category, String source) {

        static IndicatorInfo of(IndicatorView view) {
            return new IndicatorInfo(view.code(), view.name(), view.unit(), view.polarity(), view.category(), view.source());
        }
    }

    record Series(String sozialraumId, IndicatorInfo indicator, List<MeasurementView> values) {
    }

    @Operation(summary = "Messwert erfassen (Stabsstelle)")
    @PostMapping("/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@PathVariable String sozialraumId, @PathVariable String code, @Valid @RequestBody MeasurementRequest request) {
        Period period = period(request.period());
        commands.sendAndWait(new RecordMeasurementCommand(sozialraumId, code, new Measurement(period, request.value())));
        return new Recorded(sozialraumId, code, period.value(), period.end());
    }

    @Operation(summary = "Zeitreihe eines Indikators im Sozialraum, älteste zuerst, mit Einheit und Polarität")
    @GetMapping("/series")
    Series series(@PathVariable String sozialraumId, @PathVariable String code) {
        PlanningAccessRules.readSozialraum(currentActor.get(), sozialraeume, sozialraumId);
        String kommuneKey = sozialraeume.find(sozialraumId).orElseThrow().kommuneKey();
        IndicatorView indicator = indicators.view(kommuneKey, code).orElseThrow(() -> IndicatorController.notFound(code));
        return new Series(sozialraumId, IndicatorInfo.of(indicator), measurements.values(sozialraumId, code));
    }

    private static Period period(String text) {
        Period period = Period.parseOrNull(text);
        if (period == null) {
            throw new RuleViolationException("period-invalid", "Not a period: " + text, text);
        }
        return period;
    }
}
