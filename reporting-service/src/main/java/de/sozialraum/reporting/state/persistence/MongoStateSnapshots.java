package de.sozialraum.reporting.state.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;
import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.platform.mongo.DuplicateKeys;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.bson.conversions.Bson;

/**
 * Snapshots of the timelines' states (docs/audit.md "State as of"): the state after the first N, 2N, 3N … entries of a
 * timeline, with the latest entry time up to there and the entries that came late (earlier than an entry before them). A
 * read model of the timeline: rebuilt from it at any time.
 *
 * <p>Two collections: {@code timeline_state_snapshots} holds what choosing a snapshot needs (position, latest time, late
 * entries) in small documents, {@code timeline_state_snapshot_states} the state itself under the same
 * id, as gzip-compressed BSON — a whole state is large (hundreds of KB for a few thousand items), and only the one chosen
 * is read.
 *
 * <p>Snapshots belong to a <i>generation</i> ({@code timeline_state_generation}): a rebuild starts the next one, makes its
 * snapshots from empty states, and removes the older ones. Everything reads and writes within one {@link Generation},
 * the current one when it starts — so a snapshot that an append on another thread derived from a snapshot of the old
 * generation while the rebuild ran is never read.
 */
public class MongoStateSnapshots {

    static final String COLLECTION = "timeline_state_snapshots";
    static final String STATES = "timeline_state_snapshot_states";
    static final String GENERATION = "timeline_state_generation";
    private static final Codec<Document> BSON = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> states;
    private final MongoCollection<Document> generation;

    public MongoStateSnapshots(MongoDatabase database) {
        this.snapshots = database.getCollection(COLLECTION);
        this.states = database.getCollection(STATES);
        this.generation = database.getCollection(GENERATION);
        for (Document index : snapshots.listIndexes()) {
            if ("position".equals(index.getString("name"))) {
                snapshots.dropIndex("position"); // unique per timeline and position: from before generations
            }
        }
        snapshots.createIndex(Indexes.ascending("timelineId", "generation", "position"),
                new IndexOptions().unique(true).name("generation-position"));
    }

    /** The generation snapshots are read and made in now. */
    public Generation current() {
        Document current = generation.find(eq("_id", "current")).first();
        return new Generation(current == null ? 0 : ((Number) current.get("value")).longValue());
    }

    /** Starts the next generation (a rebuild): from now on it is current, and it has no snapshots yet. */
    public Generation next() {
        Document next = generation.findOneAndUpdate(eq("_id", "current"), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return new Generation(((Number) next.get("value")).longValue());
    }

    /** Removes the snapshots of the generations before {@code current}. */
    public void deleteBefore(Generation current) {
        snapshots.deleteMany(lt("generation", current.number));
        states.deleteMany(lt("generation", current.number));
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

    private static byte[] compress(TimelineState state) {
        ByteBuffer bson = new RawBsonDocument(new Document(state.toDocument()), BSON).getByteBuffer().asNIO();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new FastGzip(bytes)) {
            Channels.newChannel(out).write(bson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** gzip at its fastest level: a third of the default's time for a little less compression (docs/performance.md). */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static TimelineState decompress(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return TimelineState.fromDocument(new RawBsonDocument(in.readAllBytes()).decode(BSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TimelineState state(String id) {
        Document state = states.find(eq("_id", id)).first();
        if (state == null) {
            throw new IllegalStateException("The snapshot " + id + " has lost its state; rebuild the snapshots");
        }
        return decompress(state.get("state", Binary.class).getData());
    }

    /** One generation of snapshots: what a read or a catch-up works in from start to end. */
    public final class Generation {

        private final long number;

        private Generation(long number) {
            this.number = number;
        }

        public long number() {
            return number;
        }

        private Bson of(String timelineId) {
            return and(eq("timelineId", timelineId), eq("generation", number));
        }

        /**
         * Saves a snapshot, its state first: a snapshot is only found once its state is there. A second one at the same position
         * (another instance was quicker) is dropped: it is the same.
         */
        public void save(String timelineId, Snapshot snapshot) {
            String id = timelineId + ":" + number + ":" + snapshot.position();
            DuplicateKeys.insertOnce(states, new Document("_id", id).append("generation", number)
                    .append("state", new Binary(compress(snapshot.state()))));
            DuplicateKeys.insertOnce(snapshots, new Document("_id", id)
                    .append("timelineId", timelineId)
                    .append("generation", number)
                    .append("position", snapshot.position())
                    .append("maxTime", Date.from(snapshot.maxTime()))
                    .append("late", snapshot.late().stream()
                            .map(late -> new Document("position", late.position()).append("time", Date.from(late.time())))
                            .toList()));
        }

        /** The timeline's last snapshot, with its state. */
        public Optional<Snapshot> last(String timelineId) {
            return first(of(timelineId), true);
        }

        /** The position of the timeline's last snapshot, 0 without one. */
        public long lastPosition(String timelineId) {
            return first(of(timelineId), false).map(Snapshot::position).orElse(0L);
        }

        /** The last snapshot at or before {@code position}, with its state. */
        public Optional<Snapshot> lastAtOrBefore(String timelineId, long position) {
            return first(and(of(timelineId), lte("position", position)), true);
        }

        /** The first snapshot after {@code position}, without its state. */
        public Optional<Snapshot> firstAfter(String timelineId, long position) {
            return Optional.ofNullable(snapshots.find(and(of(timelineId), gt("position", position)))
                    .sort(Sorts.ascending("position")).limit(1).first()).map(document -> read(document, false));
        }

        /** The last snapshot all of whose entries happened at or before {@code time}, with its state. */
        public Optional<Snapshot> lastHappenedBy(String timelineId, Instant time) {
            return first(and(of(timelineId), lte("maxTime", Date.from(time))), true);
        }

        /** The late entries recorded by the snapshots after {@code afterPosition} up to {@code toPosition} that happened by {@code time}. */
        public List<Long> lateBetween(String timelineId, long afterPosition, long toPosition, Instant time) {
            List<Long> positions = new ArrayList<>();
            try (MongoCursor<Document> cursor = snapshots.find(and(of(timelineId), gt("position", afterPosition),
                    lte("position", toPosition))).sort(Sorts.ascending("position")).iterator()) {
                cursor.forEachRemaining(document -> read(document, false).late().stream()
                        .filter(late -> !late.time().isAfter(time))
                        .forEach(late -> positions.add(late.position())));
            }
            return positions;
        }

        /** How many snapshots the generation has. */
        public long count() {
            return snapshots.countDocuments(eq("generation", number));
        }

        /**
         * SHA-256 over every snapshot of the generation — timeline, position, latest time, late entries and the digest of
         * the state as stored (re-computed) — in timeline and position order: equal digests, equal snapshots.
         * {@code eachSnapshot} runs after each one (a long digest shows it is alive).
         */
        public String digest(Runnable eachSnapshot) {
            List<Object> all = new ArrayList<>();
            try (MongoCursor<Document> cursor = snapshots.find(eq("generation", number))
                    .sort(Sorts.ascending("timelineId", "position")).iterator()) {
                cursor.forEachRemaining(document -> {
                    Snapshot snapshot = read(document, true);
                    all.add(Map.of("timelineId", document.getString("timelineId"), "position", snapshot.position(),
                            "maxTime", EntryHash.time(snapshot.maxTime()),
                            "late", snapshot.late().stream().map(late -> List.of(late.position(), EntryHash.time(late.time()))).toList(),
                            "state", snapshot.state().digest()));
                    eachSnapshot.run();
                });
            }
            return EntryHash.sha256Hex(Jcs.canonicalBytes(all));
        }
    }

    private Optional<Snapshot> first(Bson filter, boolean withState) {
        return Optional.ofNullable(snapshots.find(filter).sort(Sorts.descending("position")).limit(1).first())
                .map(document -> read(document, withState));
    }

    private Snapshot read(Document document, boolean withState) {
        List<Late> late = document.getList("late", Document.class).stream()
                .map(entry -> new Late(((Number) entry.get("position")).longValue(), entry.getDate("time").toInstant()))
                .toList();
        return new Snapshot(((Number) document.get("position")).longValue(), document.getDate("maxTime").toInstant(), late,
                withState ? state(document.getString("_id")) : null);
    }
}
