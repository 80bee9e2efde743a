package de.sozialraum.reporting.timeline.persistence;

import java.util.Date;
import java.util.Map;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;

/** Maps timeline entries to and from their MongoDB documents (public for the benchmarks in infra/bench, which write and read exactly these). */
public final class TimelineDocuments {

    /** The fields a chain entry is read from (docs/audit.md): what verification and the backfill fetch. */
    static final Document CHAIN_FIELDS = new Document("position", 1).append("type", 1).append("time", 1)
            .append("actor", 1).append("data", 1).append("previousHash", 1).append("hash", 1);

    private TimelineDocuments() {
    }

    /** The projection of {@link #CHAIN_FIELDS}, as a copy. */
    public static Document chainFields() {
        return new Document(CHAIN_FIELDS);
    }

    /**
     * The document of {@code entry} at {@code position}, chained to {@code previousHash}: its hash is computed from
     * the document itself — time already cut to the milliseconds a MongoDB date keeps —, so what is hashed is what
     * is stored and read back.
     */
    public static Document toDocument(TimelineEntry entry, long position, String previousHash) {
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
        return document.append("previousHash", previousHash)
                .append("hash", EntryHash.of(toChainEntry(document), previousHash));
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
                document.get("data", Document.class),
                document.getString("previousHash"),
                document.getString("hash"));
    }

    /**
     * The entry as the hash chain sees it. Reads leniently what a hand-edited document may hold (a position written
     * as a double by the MongoDB shell is still its number); what cannot be read at all throws
     * {@link ClassCastException} or {@link NullPointerException}.
     */
    @SuppressWarnings("unchecked")
    public static ChainEntry toChainEntry(Document document) {
        Document actor = document.get("actor", Document.class);
        return new ChainEntry(
                ((Number) document.get("position")).longValue(),
                document.getString("_id"),
                document.getString("type"),
                document.getDate("time").toInstant(),
                actor == null ? null : new ChainEntry.Actor(actor.getString("id"), actor.getString("name"),
                        actor.getString("role"), actor.getString("department")),
                (Map<String, ?>) document.get("data", Map.class),
                document.getString("previousHash"),
                document.getString("hash"));
    }
}
