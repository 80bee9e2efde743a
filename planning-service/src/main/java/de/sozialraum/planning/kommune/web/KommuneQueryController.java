package de.sozialraum.planning.kommune.web;

import java.util.List;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.kommune.query.KommuneView;
import de.sozialraum.planning.kommune.query.MongoKommuneViews;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registry. The views follow the commands within moments (a tracking processor). */
@RestController
@RequestMapping("/api/kommunen")
@Tag(name = "Kommunen")
class KommuneQueryController {

    private final MongoKommuneViews views;
    private final CurrentActor currentActor;

    KommuneQueryController(MongoKommuneViews views, CurrentActor currentActor) {
        this.views = views;
        this.currentActor = currentActor;
    }

    record Kommunen(List<KommuneView> kommunen) {
    }

    @GetMapping
    @Operation(summary = "Alle registrierten Kommunen (jede Rolle)", description = "Schlüssel, Name und Art, nach Schlüssel; ohne Fachbereiche.")
    Kommunen all() {
        PlanningAccessRules.readKommunen(currentActor.get());
        return new Kommunen(views.all());
    }

    @GetMapping("/{kommuneKey}")
    @Operation(summary = "Eine Kommune mit ihren Fachbereichen und freien Trägern (jede Rolle)",
            description = "Aktive und aufgelöste Fachbereiche, nach Schlüssel. 404 not-found für einen unbekannten Schlüssel.")
    KommuneView one(@PathVariable String kommuneKey) {
        PlanningAccessRules.readKommunen(currentActor.get());
        return views.one(kommuneKey).orElseThrow(() -> new NotFoundException("not-found", "No Kommune " + kommuneKey, kommuneKey));
    }
}
