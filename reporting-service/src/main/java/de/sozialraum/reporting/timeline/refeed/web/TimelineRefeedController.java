package de.sozialraum.reporting.timeline.refeed.web;

import java.net.URI;

import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.timeline.refeed.TimelineRefeeds;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Re-feeding the timelines from the event topic (docs/operations.md, "Re-feeding the timeline"); administrators only. */
@RestController
class TimelineRefeedController {

    private final TimelineRefeeds refeeds;
    private final CurrentActor currentActor;

    TimelineRefeedController(TimelineRefeeds refeeds, CurrentActor currentActor) {
        this.refeeds = refeeds;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Zeitleisten erneut aus dem Ereignis-Topic einspeisen (Administration)",
            description = "Liest das Topic vom Anfang bis zu seinem Ende beim Start: fehlende Ereignisse werden angehängt, "
                    + "vorhandene an ihrer Kennung erkannt und übergangen. Den Fortschritt zeigt die Adresse in Location.")
    @PostMapping("/api/audit/timeline-refeeds")
    ResponseEntity<TimelineRefeed> start() {
        ReportingAccessRules.refeedTimelines(currentActor.get());
        TimelineRefeed refeed = refeeds.start(currentActor.get());
        return ResponseEntity.accepted().location(URI.create("/api/audit/timeline-refeeds/" + refeed.id())).body(refeed);
    }

    @Operation(summary = "Fortschritt einer erneuten Einspeisung (Administration)")
    @GetMapping("/api/audit/timeline-refeeds/{refeedId}")
    TimelineRefeed progress(@PathVariable String refeedId) {
        ReportingAccessRules.refeedTimelines(currentActor.get());
        return refeeds.find(refeedId)
                .orElseThrow(() -> new NotFoundException("timeline-refeed-not-found", "No timeline re-feed " + refeedId, refeedId));
    }
}
