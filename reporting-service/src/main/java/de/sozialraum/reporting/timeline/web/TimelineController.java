package de.sozialraum.reporting.timeline.web;

import java.util.List;
import java.util.Optional;

import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.api.TimelinePage;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline.TimelineHead;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    static final int MAX_LIMIT = 500;

    private final MongoTimeline timeline;
    private final CurrentActor currentActor;

    TimelineController(MongoTimeline timeline, CurrentActor currentActor) {
        this.timeline = timeline;
        this.currentActor = currentActor;
    }

    /** A Sozialraum's entries from position {@code from} on, at most {@code limit} of them, in timeline order. */
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline")
    TimelinePage sozialraum(@PathVariable String sozialraumId,
                            @RequestParam(defaultValue = "1") @Min(1) long from,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        // a Kommune's timeline is no Sozialraum: the same 404 as an unknown id
        Optional<TimelineHead> head = Timelines.isKommuneTimeline(sozialraumId) ? Optional.empty() : timeline.head(sozialraumId);
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), sozialraumId);
        return page(sozialraumId, head, "/api/sozialraeume/%s/timeline".formatted(sozialraumId), from, limit);
    }

    /**
     * The entries of a Kommune as a whole — its registration, departments, indicator catalogue, imports
     * (ADR 0009) — from position {@code from} on, at most {@code limit} of them.
     */
    @GetMapping("/api/kommunen/{kommuneKey}/timeline")
    TimelinePage kommune(@PathVariable String kommuneKey,
                         @RequestParam(defaultValue = "1") @Min(1) long from,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        String timelineId = Timelines.ofKommune(kommuneKey);
        Optional<TimelineHead> head = timeline.head(timelineId);
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), timelineId);
        return page(timelineId, head, "/api/kommunen/%s/timeline".formatted(kommuneKey), from, limit);
    }

    private TimelinePage page(String timelineId, Optional<TimelineHead> head, String path, long from, int limit) {
        long total = head.map(TimelineHead::lastPosition).orElseThrow(() -> new IllegalStateException("readable without entries"));
        List<TimelineEntry> entries = timeline.page(timelineId, from, limit);
        long nextFrom = from + entries.size();
        String next = !entries.isEmpty() && nextFrom <= total ? "%s?from=%d&limit=%d".formatted(path, nextFrom, limit) : null;
        return new TimelinePage(timelineId, from, limit, total, entries, next);
    }
}
