package de.sozialraum.reporting.timeline.web;


import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.ReadableTimelines;
import de.sozialraum.reporting.timeline.api.TimelineVerification;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-computes a timeline's hash chain from what is stored, checks its signed checkpoints, and says whether it is intact
 * and up to where it is signed (docs/audit.md).
 */
@RestController
class TimelineVerificationController {

    private final MongoTimeline timeline;
    private final ReadableTimelines readable;
    private final MessageSource messages;
    private final CheckpointKeys keys;
    private final MongoCheckpointRecords checkpoints;

    TimelineVerificationController(MongoTimeline timeline, ReadableTimelines readable, MessageSource messages, CheckpointKeys keys,
                                   MongoCheckpointRecords checkpoints) {
        this.timeline = timeline;
        this.readable = readable;
        this.messages = messages;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Operation(summary = "Hash-Kette der Zeitleiste eines Sozialraums prüfen",
            description = "Berechnet die Hash-Kette aus den gespeicherten Einträgen neu: intakt, oder die erste gebrochene Position und was dort nicht stimmt.")
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline/verification")
    TimelineVerification sozialraum(@PathVariable String sozialraumId) {
        readable.ofSozialraum(sozialraumId);
        return verify(sozialraumId);
    }

    @Operation(summary = "Hash-Kette der Zeitleiste einer Kommune prüfen",
            description = "Wie bei einem Sozialraum, für die Zeitleiste der Kommune als Ganzes (kommune:<Schlüssel>).")
    @GetMapping("/api/kommunen/{kommuneKey}/timeline/verification")
    TimelineVerification kommune(@PathVariable String kommuneKey) {
        String timelineId = Timelines.ofKommune(kommuneKey);
        readable.ofKommune(kommuneKey);
        return verify(timelineId);
    }

    private TimelineVerification verify(String timelineId) {
        ChainVerifier.Result result = timeline.verify(timelineId, keys::publicKey, checkpoints.of(timelineId).iterator());
        ChainVerifier.Break broken = result.firstBreak();
        if (broken == null) {
            return new TimelineVerification(timelineId, result.verifiedEntries(), true, result.headHash(), null, null,
                    result.checkpoints(), result.signedUpTo(), result.unsignedEntries());
        }
        String code = broken.problem().code();
        String detail = messages.getMessage("chain." + code + ".detail",
                new Object[] {broken.position(), broken.expected(), broken.found(), broken.position() - 1}, LocaleContextHolder.getLocale());
        return new TimelineVerification(timelineId, result.verifiedEntries(), false, null, broken.position(),
                new TimelineVerification.Problem(code, detail, broken.expected(), broken.found()),
                result.checkpoints(), result.signedUpTo(), result.unsignedEntries());
    }
}
