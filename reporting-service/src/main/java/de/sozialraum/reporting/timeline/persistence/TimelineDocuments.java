package de.sozialraum.reporting.timeline.persistence;

import java.util.Date;

import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;

/** Maps timeline entries to and from their MongoDB documents. */
final class TimelineDocuments {

    private TimelineDocuments() {
    }

    static Document toDocument(TimelineEntry entry, long position) {
        Document document = new Document("_id", entry.eventId())
                .append("timelineId", entry.timelineId())
                .append("position", position)
                .append("type", entry.type())
                .append("source", entry.source())
                .append("time", Date.from(entry.time()))
                .append("kommune", entry.kommune())
                .append("correlationId", entry.correlationId())
                .append("causationId", entry.causationId())
                .append("data", new Document(entry.data()));
        if (entry.actor() != null) {
            document.append("actor", new Document("id", entry.actor().id())
                    .append("name", entry.actor().name())
                    .append("role", entry.actor().role())
                    .append("department", entry.actor().department()));
        }
        if (entry.aggregate() != null) {
            document.append("aggregate", new Document("type", entry.aggregate().type())
                    .append("id", entry.aggregate().id())
                    .append("sequence", entry.aggregate().sequence()));
        }
        return document;
    }

    static TimelineEntry toEntry(Document document) {
        Document actor = document.get("actor", Document.class);
        Document aggregate = document.get("aggregate", Document.class);
        return new TimelineEntry(
                document.getLong("position"),
                document.getString("_id"),
                document.getString("type"),
                document.getString("source"),
                document.getDate("time").toInstant(),
                document.getString("timelineId"),
                document.getString("kommune"),
                actor == null ? null : new TimelineEntry.Actor(actor.getString("id"), actor.getString("name"),
                        actor.getString("role"), actor.getString("department")),
                document.getString("correlationId"),
                document.getString("causationId"),
                aggregate == null ? null : new TimelineEntry.Aggregate(aggregate.getString("type"), aggregate.getString("id"),
                        aggregate.getLong("sequence")),
                document.get("data", Document.class));
    }
}
