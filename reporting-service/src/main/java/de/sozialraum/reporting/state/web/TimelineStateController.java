package de.sozialraum.reporting.state.web;

import java.time.Instant;
import java.util.Optional;

import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.state.api.TimelineStateView;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline.TimelineHead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The state of a timeline as of an instant or a position, or now (docs/audit.md, "State as of"). */
@RestController
class TimelineStateController {

    private final MongoTimeline timeline;
    private final TimelineStates states;
    private final CurrentActor currentActor;

    TimelineStateController(MongoTimeline timeline, TimelineStates states, CurrentActor currentActor) {
        this.timeline = timeline;
        this.states = states;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Stand eines Sozialraums zu einem Zeitpunkt",
            description = "Ziele (mit Fortschritt), Aufträge, Beschlüsse, letzte Messwerte und Beteiligung, wie die Zeitleiste sie "
                    + "zum Zeitpunkt at (alle bis dahin geschehenen Ereignisse) oder bis zur Position position sagte; ohne beides: jetzt.")
    @GetMapping("/api/sozialraeume/{sozialraumId}/timeline/state")
    TimelineStateView sozialraum(@PathVariable String sozialraumId,
                                 @Parameter(description = "Zeitpunkt, ISO 8601, z. B. 2026-11-26T10:00:00Z") @RequestParam(required = false) Instant at,
                                 @Parameter(description = "letzte Position, die der Stand enthält") @RequestParam(required = false) @Min(0) Long position) {
        // a Kommune's timeline is no Sozialraum: the same 404 as an unknown id
        Optional<TimelineHead> head = Timelines.isKommuneTimeline(sozialraumId) ? Optional.empty() : timeline.head(sozialraumId);
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), sozialraumId);
        return state(sozialraumId, head.orElseThrow(), at, position);
    }

    @Operation(summary = "Stand einer Kommune zu einem Zeitpunkt",
            description = "Wie beim Sozialraum, für die Zeitleiste der Kommune als Ganzes: Fachbereiche, Indikatoren, Bedarfsindex, "
                    + "Beschlüsse ohne Sozialraum.")
    @GetMapping("/api/kommunen/{kommuneKey}/timeline/state")
    TimelineStateView kommune(@PathVariable String kommuneKey,
                              @RequestParam(required = false) Instant at,
                              @RequestParam(required = false) @Min(0) Long position) {
        String timelineId = Timelines.ofKommune(kommuneKey);
        Optional<TimelineHead> head = timeline.head(timelineId);
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), timelineId);
        return state(timelineId, head.orElseThrow(), at, position);
    }

    private TimelineStateView state(String timelineId, TimelineHead head, Instant at, Long position) {
        if (at != null && position != null) {
            throw new RuleViolationException("state-at-and-position", "Either at or position, not both");
        }
        if (at != null) {
            return StateViews.of(states.asOf(timelineId, at), at, null);
        }
        TimelineState state = states.atPosition(timelineId, position == null ? head.lastPosition() : position);
        return StateViews.of(state, null, position);
    }
}
