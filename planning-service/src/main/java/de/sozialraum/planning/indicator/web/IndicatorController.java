package de.sozialraum.planning.indicator.web;

import java.net.URI;
import java.util.List;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.api.DefineIndicatorCommand;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.IndicatorSpec;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.api.ReviseIndicatorCommand;
import de.sozialraum.planning.indicator.query.IndicatorView;
import de.sozialraum.planning.indicator.query.MongoIndicatorViews;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A Kommune's indicator catalogue: the Stabsstelle defines and revises, the Kommune's people read. */
@RestController
@RequestMapping("/api/kommunen/{kommuneKey}/indicators")
class IndicatorController {

    private final CommandGateway commands;
    private final MongoIndicatorViews views;
    private final CurrentActor currentActor;

    IndicatorController(CommandGateway commands, MongoIndicatorViews views, CurrentActor currentActor) {
        this.commands = commands;
        this.views = views;
        this.currentActor = currentActor;
    }

    /** A new indicator; {@code code} is its key within the Kommune, e.g. {@code sgb2-quote}. */
    record DefineRequest(
            @NotBlank @Size(min = 2, max = IndicatorIds.CODE_MAX_LENGTH) @Pattern(regexp = IndicatorIds.CODE_FORMAT) String code,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 40) String unit,
            @NotNull Polarity polarity,
            @NotNull IndicatorCategory category,
            @NotBlank @Size(max = 300) String source) {
    }

    /** The indicator as it should read now; unit and polarity must stay as they are. */
    record ReviseRequest(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 40) String unit,
            @NotNull Polarity polarity,
            @NotNull IndicatorCategory category,
            @NotBlank @Size(max = 300) String source) {

        IndicatorSpec spec() {
            return new IndicatorSpec(name, unit, polarity, category, source);
        }
    }

    record Defined(String code) {
    }

    record Catalogue(String kommuneKey, List<IndicatorView> indicators) {
    }

    @Operation(summary = "Indikator definieren (Stabsstelle)")
    @PostMapping
    ResponseEntity<Defined> define(@PathVariable String kommuneKey, @Valid @RequestBody DefineRequest request) {
        commands.sendAndWait(new DefineIndicatorCommand(kommuneKey, request.code(),
                new IndicatorSpec(request.name(), request.unit(), request.polarity(), request.category(), request.source())));
        return ResponseEntity.created(URI.create("/api/kommunen/" + kommuneKey + "/indicators/" + request.code()))
                .body(new Defined(request.code()));
    }

    @Operation(summary = "Indikator überarbeiten: Name, Quelle, Kategorie (Stabsstelle)")
    @PostMapping("/{code}/revise")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Defined revise(@PathVariable String kommuneKey, @PathVariable String code, @Valid @RequestBody ReviseRequest request) {
        commands.sendAndWait(new ReviseIndicatorCommand(kommuneKey, code, request.spec()));
        return new Defined(code);
    }

    @Operation(summary = "Indikatorenkatalog der Kommune")
    @GetMapping
    Catalogue catalogue(@PathVariable String kommuneKey) {
        PlanningAccessRules.readIndicators(currentActor.get(), kommuneKey);
        return new Catalogue(kommuneKey, views.of(kommuneKey));
    }

    @Operation(summary = "Ein Indikator")
    @GetMapping("/{code}")
    IndicatorView one(@PathVariable String kommuneKey, @PathVariable String code) {
        PlanningAccessRules.readIndicators(currentActor.get(), kommuneKey);
        return views.view(kommuneKey, code).orElseThrow(() -> notFound(code));
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException("indicator-not-found", "No indicator " + code, code);
    }
}
