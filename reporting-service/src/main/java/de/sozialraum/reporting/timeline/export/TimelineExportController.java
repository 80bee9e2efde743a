package de.sozialraum.reporting.timeline.export;

import java.time.Clock;
import java.time.Instant;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.timeline.ReadableTimelines;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline.TimelineHead;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A timeline as a bundle for offline verification (docs/audit.md): read like the timeline, streamed as a zip.
 * The bundle holds the entries up to the timeline's head when the request came (or up to {@code to}).
 */
@RestController
class TimelineExportController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ReadableTimelines readable;
    private final TimelineBundleWriter writer;
    private final CurrentActor currentActor;
    private final Clock clock;

    TimelineExportController(ReadableTimelines readable, TimelineBundleWriter writer, CurrentActor currentActor, Clock clock) {
        this.readable = readable;
        this.writer = writer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Operation(summary = "Zeitleiste eines Sozialraums als Bündel exportieren",
            description = "Zip mit entries.jsonl, public-keys.json und manifest.json, prüfbar ohne Server mit sozialraum-audit-verifier.jar.")
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline/export")
    ResponseEntity<StreamingResponseBody> sozialraum(@PathVariable String sozialraumId, @RequestParam(required = false) @Min(1) Long to) {
        return export(sozialraumId, readable.ofSozialraum(sozialraumId), to);
    }

    @Operation(summary = "Zeitleiste einer Kommune als Bündel exportieren",
            description = "Wie bei einem Sozialraum, für die Zeitleiste der Kommune als Ganzes (kommune:<Schlüssel>).")
    @GetMapping("/api/kommunen/{kommuneKey}/timeline/export")
    ResponseEntity<StreamingResponseBody> kommune(@PathVariable String kommuneKey, @RequestParam(required = false) @Min(1) Long to) {
        return export(Timelines.ofKommune(kommuneKey), readable.ofKommune(kommuneKey), to);
    }

    private ResponseEntity<StreamingResponseBody> export(String timelineId, TimelineHead head, Long to) {
        Actor actor = currentActor.get();
        long upTo = to == null ? head.lastPosition() : Math.min(to, head.lastPosition());
        String kommune = head.kommune();
        Instant now = clock.instant();
        String filename = "zeitleiste-%s-%d.zip".formatted(timelineId.replace(':', '-'), upTo);
        StreamingResponseBody body = out -> writer.write(timelineId, kommune, upTo, actor, now, out);
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
