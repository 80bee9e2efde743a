package de.sozialraum.reporting.timeline.web;

import java.util.List;

import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.timeline.ReadableTimelines;
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
    private final ReadableTimelines readable;

    TimelineController(MongoTimeline timeline, ReadableTimelines readable) {
        this.timeline = timeline;
        this.readable = readable;
    }

    /** A Sozialraum's entries from position {@code from} on, at most {@code limit} of them, in timeline order. */
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline")
    TimelinePage sozialraum(@PathVariable String sozialraumId,
                            @RequestParam(defaultValue = "1") @Min(1) long from,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        TimelineHead head = readable.ofSozialraum(sozialraumId);
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
        TimelineHead head = readable.ofKommune(kommuneKey);
        return page(timelineId, head, "/api/kommunen/%s/timeline".formatted(kommuneKey), from, limit);
    }

    private TimelinePage page(String timelineId, TimelineHead head, String path, long from, int limit) {
        long total = head.lastPosition();
        List<TimelineEntry> entries = timeline.page(timelineId, from, limit);
        long nextFrom = from + entries.size();
        String next = !entries.isEmpty() && nextFrom <= total ? "%s?from=%d&limit=%d".formatted(path, nextFrom, limit) : null;
        return new TimelinePage(timelineId, from, limit, total, entries, next);
    }
}
