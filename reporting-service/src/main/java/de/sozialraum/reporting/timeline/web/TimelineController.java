package de.sozialraum.reporting.timeline.web;

import java.util.List;
import java.util.Optional;

import de.sozialraum.platform.actor.CurrentActor;
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

    /** Entries from position {@code from} on, at most {@code limit} of them, in timeline order. */
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline")
    TimelinePage page(@PathVariable String sozialraumId,
                      @RequestParam(defaultValue = "1") @Min(1) long from,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        Optional<TimelineHead> head = timeline.head(sozialraumId);
        // no timeline (kommune null) answers the same 404 as another Kommune's timeline
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), sozialraumId);
        long total = head.map(TimelineHead::lastPosition).orElseThrow(() -> new IllegalStateException("readable without entries"));
        List<TimelineEntry> entries = timeline.page(sozialraumId, from, limit);
        long nextFrom = from + entries.size();
        String next = !entries.isEmpty() && nextFrom <= total
                ? "/api/sozialraeume/%s/timeline?from=%d&limit=%d".formatted(sozialraumId, nextFrom, limit)
                : null;
        return new TimelinePage(sozialraumId, from, limit, total, entries, next);
    }
}
