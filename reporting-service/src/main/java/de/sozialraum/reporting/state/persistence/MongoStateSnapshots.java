package de.sozialraum.reporting.state.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;
import de.sozialraum.audit.state.TimelineState;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Snapshots of the timelines' states ({@code timeline_state_snapshots}, docs/audit.md "State as of"): the state after
 * the first N, 2N, 3N … entries of a timeline, with the latest entry time up to there and the entries that came late
 * (earlier than an entry before them). A read model of the timeline: rebuilt from it at any time.
 */
public class MongoStateSnapshots {

    static final String COLLECTION = "timeline_state_snapshots";
    private static final Document WITHOUT_STATE = new Document("state", 0);

    private final MongoCollection<Document> snapshots;

    public MongoStateSnapshots(MongoDatabase database) {
        this.snapshots = database.getCollection(COLLECTION);
        snapshots.createIndex(Indexes.ascending("timelineId", "position"), new IndexOptions().unique(true).name("position"));
    }

    /**
     * @param position the last entry the state includes
     * @param maxTime  the latest time of the entries up to {@code position}
     * @param late     the entries after the snapshot before this one, up to {@code position}, whose time is earlier than that
     *                 of an entry before them
     * @param state    the state after the entries up to {@code position}; {@code null} where only the position and times were read
     */
    public record Snapshot(long position, Instant maxTime, List<Late> late, TimelineState state) {
    }

    /** An entry that came late: at {@code position}, with a time earlier than an entry before it. */
    public record Late(long position, Instant time) {
    }

    /** Saves a snapshot; a second one at the same position (another instance was quicker) is dropped: it is the same. */
    public void save(String timelineId, Snapshot snapshot) {
        Document state = new Document(snapshot.state().toDocument());
        try {
            snapshots.insertOne(new Document("_id", timelineId + ":" + snapshot.position())
                    .append("timelineId", timelineId)
                    .append("position", snapshot.position())
                    .append("maxTime", Date.from(snapshot.maxTime()))
                    .append("late", snapshot.late().stream()
                            .map(late -> new Document("position", late.position()).append("time", Date.from(late.time())))
                            .toList())
                    .append("digest", snapshot.state().digest())
                    .append("state", state));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The timeline's last snapshot, with its state. */
    public Optional<Snapshot> last(String timelineId) {
        return first(eq("timelineId", timelineId), true);
    }

    /** The position of the timeline's last snapshot, 0 without one. */
    public long lastPosition(String timelineId) {
        return first(eq("timelineId", timelineId), false).map(Snapshot::position).orElse(0L);
    }

    /** The last snapshot at or before {@code position}, with its state. */
    public Optional<Snapshot> lastAtOrBefore(String timelineId, long position) {
        return first(and(eq("timelineId", timelineId), lte("position", position)), true);
    }

    /** The last snapshot all of whose entries happened at or before {@code time}, with its state. */
    public Optional<Snapshot> lastHappenedBy(String timelineId, Instant time) {
        return first(and(eq("timelineId", timelineId), lte("maxTime", Date.from(time))), true);
    }

    /** The late entries recorded by the snapshots after {@code afterPosition} up to {@code toPosition} that happened by {@code time}. */
    public List<Long> lateBetween(String timelineId, long afterPosition, long toPosition, Instant time) {
        List<Long> positions = new ArrayList<>();
        try (MongoCursor<Document> cursor = snapshots.find(and(eq("timelineId", timelineId), gt("position", afterPosition),
                lte("position", toPosition))).sort(Sorts.ascending("position")).projection(WITHOUT_STATE).iterator()) {
            cursor.forEachRemaining(document -> read(document, false).late().stream()
                    .filter(late -> !late.time().isAfter(time))
                    .forEach(late -> positions.add(late.position())));
        }
        return positions;
    }

    /** Removes every snapshot: before a rebuild. */
    public void deleteAll() {
        snapshots.deleteMany(new Document());
    }

    /**
     * SHA-256 over every snapshot — timeline, position, latest time, late entries and the digest of the state as stored
     * (re-computed, not the one saved with it) — in timeline and position order: equal digests, equal snapshots.
     */
    public String digest() {
        List<Object> all = new ArrayList<>();
        try (MongoCursor<Document> cursor = snapshots.find().sort(Sorts.ascending("timelineId", "position")).iterator()) {
            cursor.forEachRemaining(document -> {
                Snapshot snapshot = read(document, true);
                all.add(Map.of("timelineId", document.getString("timelineId"), "position", snapshot.position(),
                        "maxTime", EntryHash.time(snapshot.maxTime()),
                        "late", snapshot.late().stream().map(late -> List.of(late.position(), EntryHash.time(late.time()))).toList(),
                        "state", snapshot.state().digest()));
            });
        }
        return EntryHash.sha256Hex(Jcs.canonicalBytes(all));
    }

    /** How many snapshots there are. */
    public long count() {
        return snapshots.countDocuments();
    }

    private Optional<Snapshot> first(Bson filter, boolean withState) {
        return Optional.ofNullable(snapshots.find(filter).sort(Sorts.descending("position"))
                        .projection(withState ? null : WITHOUT_STATE).limit(1).first())
                .map(document -> read(document, withState));
    }

    private static Snapshot read(Document document, boolean withState) {
        List<Late> late = document.getList("late", Document.class).stream()
                .map(entry -> new Late(((Number) entry.get("position")).longValue(), entry.getDate("time").toInstant()))
                .toList();
        return new Snapshot(((Number) document.get("position")).longValue(), document.getDate("maxTime").toInstant(), late,
                withState ? TimelineState.fromDocument(document.get("state", Document.class)) : null);
    }
}
