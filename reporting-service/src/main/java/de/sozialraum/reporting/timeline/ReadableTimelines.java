package de.sozialraum.reporting.timeline;

import java.util.Optional;

import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline.TimelineHead;

/**
 * The head of a timeline the current person may read — for every endpoint that reads a timeline (entries, verification,
 * export, state) — or the answer the rules give: 404 for an unknown timeline, another Kommune's, or a Kommune's timeline
 * asked for as a Sozialraum; 403 for roles that do not read timelines.
 */
public class ReadableTimelines {

    private final MongoTimeline timeline;
    private final CurrentActor currentActor;

    public ReadableTimelines(MongoTimeline timeline, CurrentActor currentActor) {
        this.timeline = timeline;
        this.currentActor = currentActor;
    }

    public TimelineHead ofSozialraum(String sozialraumId) {
        // a Kommune's timeline is no Sozialraum: the same 404 as an unknown id
        return readable(Timelines.isKommuneTimeline(sozialraumId) ? Optional.empty() : timeline.head(sozialraumId), sozialraumId);
    }

    public TimelineHead ofKommune(String kommuneKey) {
        String timelineId = Timelines.ofKommune(kommuneKey);
        return readable(timeline.head(timelineId), timelineId);
    }

    private TimelineHead readable(Optional<TimelineHead> head, String timelineId) {
        ReportingAccessRules.readTimeline(currentActor.get(), head.map(TimelineHead::kommune).orElse(null), timelineId);
        return head.orElseThrow(() -> new IllegalStateException("A timeline without entries passed the access rules: " + timelineId));
    }
}
