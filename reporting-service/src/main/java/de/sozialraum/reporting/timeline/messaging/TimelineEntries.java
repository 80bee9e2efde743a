package de.sozialraum.reporting.timeline.messaging;

import static de.sozialraum.platform.publication.CloudEventExtensions.*;

import java.nio.charset.StandardCharsets;

import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.Jcs;
import de.sozialraum.platform.consumption.MalformedEventException;
import de.sozialraum.platform.consumption.ReceivedEvent;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;
import org.bson.json.JsonParseException;

/** Reads a published event as the draft of a timeline entry (position still to be assigned). */
final class TimelineEntries {

    private TimelineEntries() {
    }

    static TimelineEntry draft(ReceivedEvent event) {
        if (CheckpointCheck.TYPE.equals(event.type())) {
            // checkpoints are reporting's own entries; one arriving from outside would only break verification
            throw new MalformedEventException("Event " + event.id() + " claims to be a timeline checkpoint, which only reporting writes");
        }
        TimelineEntry.Actor actor = event.extension(ACTOR_ID)
                .map(id -> new TimelineEntry.Actor(id, event.extension(ACTOR_NAME).orElse(id),
                        event.extension(ACTOR_ROLE).orElse(null), event.extension(ACTOR_DEPARTMENT).orElse(null)))
                .orElse(null);
        TimelineEntry.Aggregate aggregate = event.extension(AGGREGATE_ID)
                .map(id -> new TimelineEntry.Aggregate(event.extension(AGGREGATE_TYPE).orElse(null), id,
                        event.extension(AGGREGATE_SEQUENCE).map(Long::valueOf).orElse(null)))
                .orElse(null);
        return new TimelineEntry(0, event.id(), event.type(), event.source().toString(), event.time().toInstant(),
                event.subject(), event.extension(KOMMUNE).orElse(null), actor,
                event.extension(CORRELATION_ID).orElse(null), event.extension(CAUSATION_ID).orElse(null),
                aggregate, data(event));
    }

    /**
     * The payload, which must be a JSON object with a canonical form (docs/audit.md): MongoDB's parser also takes
     * extended JSON ({@code NaN}, {@code {"$date": …}}), which has none and could not be hashed.
     */
    private static Document data(ReceivedEvent event) {
        Document data;
        try {
            data = Document.parse(new String(event.data(), StandardCharsets.UTF_8));
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new MalformedEventException("Event " + event.id() + " has no JSON object as data", e);
        }
        try {
            Jcs.canonicalize(data);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Event " + event.id() + " has data without canonical JSON form: " + e.getMessage(), e);
        }
        return data;
    }
}
