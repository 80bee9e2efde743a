package de.sozialraum.planning.needindex.web;

import java.math.BigDecimal;
import java.util.List;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.needindex.api.DefineNeedIndexCommand;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;
import de.sozialraum.planning.needindex.query.NeedIndexQueries;
import de.sozialraum.planning.needindex.query.NeedIndexRanking;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The need index (Bedarfsindex) of a Kommune: its method, set by the Stabsstelle, and the rankings computed with it. */
@RestController
@RequestMapping("/api/kommunen/{kommuneKey}/need-index")
class NeedIndexController {

    private final CommandGateway commands;
    private final NeedIndexQueries queries;
    private final CurrentActor currentActor;

    NeedIndexController(CommandGateway commands, NeedIndexQueries queries, CurrentActor currentActor) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    record ComponentRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String indicator,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal weight) {
    }

    record DefineRequest(@NotEmpty @Size(max = 10) List<@NotNull @Valid ComponentRequest> components,
                         @NotBlank @Size(max = 2000) String reason) {
    }

    record Defined(String kommuneKey, int version) {
    }

    /** Fixes which indicators, with which weights, make up the index; each change is a new version on the Kommune's timeline. */
    @PutMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Defined define(@PathVariable String kommuneKey, @Valid @RequestBody DefineRequest request) {
        List<NeedIndexComponent> components = request.components().stream()
                .map(component -> new NeedIndexComponent(component.indicator(), component.weight()))
                .toList();
        int version = commands.sendAndWait(DefineNeedIndexCommand.of(kommuneKey, components, request.reason()));
        return new Defined(kommuneKey, version);
    }

    /**
     * The ranking of the active Sozialräume directly under {@code parent} (the Kommune's top level without
     * it), highest need first, with the method and every input.
     */
    @GetMapping
    NeedIndexRanking ranking(@PathVariable String kommuneKey, @RequestParam(required = false) String parent) {
        Actor actor = currentActor.get();
        PlanningAccessRules.readNeedIndex(actor, kommuneKey);
        return queries.ranking(kommuneKey, parent).orElseThrow(() -> new NotFoundException("need-index-undefined",
                "Kommune " + kommuneKey + " has not defined its need index yet", kommuneKey));
    }
}
