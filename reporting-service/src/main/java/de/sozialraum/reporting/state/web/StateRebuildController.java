package de.sozialraum.reporting.state.web;

import java.net.URI;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.state.api.StateRebuild;
import de.sozialraum.reporting.state.rebuild.StateRebuilds;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the state snapshots from the timelines, and its progress (docs/operations.md). */
@RestController
class StateRebuildController {

    private final StateRebuilds rebuilds;
    private final CurrentActor currentActor;

    StateRebuildController(StateRebuilds rebuilds, CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Zwischenstände neu aufbauen",
            description = "Baut die Zwischenstände (Snapshots) aller Zeitleisten aus ihren Einträgen neu auf, im Hintergrund; "
                    + "der Fortschritt steht unter der zurückgegebenen Adresse. Nur Administration; einer zur Zeit.")
    @PostMapping("/api/audit/state-rebuilds")
    ResponseEntity<StateRebuild> start() {
        Actor actor = currentActor.get();
        ReportingAccessRules.rebuildReadModels(actor);
        StateRebuild started = rebuilds.start(actor.displayName());
        return ResponseEntity.accepted().location(URI.create("/api/audit/state-rebuilds/" + started.id())).body(started);
    }

    @Operation(summary = "Fortschritt eines Neuaufbaus")
    @GetMapping("/api/audit/state-rebuilds/{rebuildId}")
    StateRebuild progress(@PathVariable String rebuildId) {
        ReportingAccessRules.rebuildReadModels(currentActor.get());
        return rebuilds.find(rebuildId).orElseThrow(() ->
                new NotFoundException("state-rebuild-not-found", "No rebuild " + rebuildId, rebuildId));
    }
}
