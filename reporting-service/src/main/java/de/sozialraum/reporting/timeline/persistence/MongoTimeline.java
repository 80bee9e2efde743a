package de.sozialraum.reporting.timeline.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.platform.mongo.DuplicateKeys;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timelines in one collection, one document per entry, {@code _id} = event id.
 *
 * <p>Appending needs no transaction: a unique index on (Sozialraum, position) and the unique event id
 * make the single-document insert the only step. The next position is always the last stored one
 * plus one, so positions have no gaps; a redelivered event collides on its id and is dropped; two
 * writers racing for one position (e.g. during a consumer-group rebalance) collide on the position
 * index and the loser takes the next one.
 *
 * <p>Each entry carries the hash chain (docs/audit.md): {@code previousHash}, read with the head in the same
 * query, and {@code hash}, computed for the position the insert claims — a lost race recomputes both with the
 * new predecessor. Entries stored before the chain existed are chained by {@link #chainUnchained()}.
 */
public class MongoTimeline {

    private static final Logger log = LoggerFactory.getLogger(MongoTimeline.class);

    public static final String COLLECTION = "timeline_entries";
    private static final int MAX_POSITION_RACES = 100;
    private static final int VERIFICATION_BATCH = 1000;

    private final MongoCollection<Document> entries;

    public MongoTimeline(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("timelineId", "position"), new IndexOptions().unique(true).name("position"));
        entries.createIndex(Indexes.ascending("aggregate.id"), new IndexOptions().name("aggregate"));
    }

    public AppendResult append(TimelineEntry draft) {
        if (contains(draft.eventId())) {
            return AppendResult.DUPLICATE;
        }
        for (int race = 0; race < MAX_POSITION_RACES; race++) {
            Optional<TimelineHead> head = head(draft.timelineId());
            if (head.isPresent() && head.get().hash() == null) {
                chain(draft.timelineId()); // entries from before the chain: link them first, then append
                continue;
            }
            long position = head.map(TimelineHead::lastPosition).orElse(0L) + 1;
            String previousHash = head.map(TimelineHead::hash).orElse(EntryHash.GENESIS);
            if (insert(draft, position, previousHash)) {
                return AppendResult.APPENDED;
            }
            if (contains(draft.eventId())) {
                return AppendResult.DUPLICATE;
            }
        }
        throw new IllegalStateException("Lost " + MAX_POSITION_RACES + " races for the next position of " + draft.timelineId());
    }

    public List<TimelineEntry> page(String timelineId, long fromPosition, int limit) {
        return entries.find(and(eq("timelineId", timelineId), gte("position", fromPosition)))
                .sort(Sorts.ascending("position"))
                .limit(limit)
                .map(TimelineDocuments::toEntry)
                .into(new ArrayList<>());
    }

    /** The last position of a Sozialraum's timeline, 0 when it has none. */
    public long lastPosition(String timelineId) {
        return head(timelineId).map(TimelineHead::lastPosition).orElse(0L);
    }

    /** The length of a Sozialraum's timeline, its Kommune and its last hash, if it has entries. */
    public Optional<TimelineHead> head(String timelineId) {
        return Optional.ofNullable(entries.find(eq("timelineId", timelineId))
                        .sort(Sorts.descending("position"))
                        .projection(new Document("position", 1).append("kommune", 1).append("hash", 1).append("type", 1))
                        .limit(1)
                        .first())
                .map(document -> new TimelineHead(document.getLong("position"), document.getString("kommune"),
                        document.getString("hash"), document.getString("_id"), document.getString("type")));
    }

    /**
     * @param lastPosition the number of entries
     * @param kommune      the Sozialraum's Kommune
     * @param hash         the hash of the last entry; absent if it was stored before the chain and is not chained yet
     * @param eventId      the last entry's event id
     * @param type         the last entry's type
     */
    public record TimelineHead(long lastPosition, String kommune, String hash, String eventId, String type) {
    }

    /**
     * Re-computes the hash chain of a timeline from what is stored, reading its entries with one cursor in position
     * order (constant memory), and reports the first break (docs/audit.md).
     */
    public ChainVerifier.Result verify(String timelineId) {
        return verify(timelineId, new ChainVerifier());
    }

    /**
     * Re-computes the hash chain of a timeline and checks its checkpoints (docs/audit.md): each checkpoint entry's
     * signature with the key it names, that it covers the chain as re-computed, and that every checkpoint recorded
     * outside the chain ({@code recorded}, in position order) is in it.
     */
    public ChainVerifier.Result verify(String timelineId, Function<String, PublicKey> keys, Iterator<CheckpointCheck.Recorded> recorded) {
        return verify(timelineId, new ChainVerifier(timelineId, keys, recorded));
    }

    private ChainVerifier.Result verify(String timelineId, ChainVerifier verifier) {
        try (MongoCursor<Document> cursor = chainFields(timelineId, Long.MIN_VALUE)) { // every entry, whatever its position
            while (cursor.hasNext()) {
                Document document = cursor.next();
                ChainEntry entry;
                try {
                    entry = TimelineDocuments.toChainEntry(document);
                } catch (ClassCastException | NullPointerException e) {
                    verifier.unreadable("entry " + document.get("_id") + ": " + e.getMessage());
                    break;
                }
                if (!verifier.accept(entry)) {
                    break;
                }
            }
        }
        return verifier.result();
    }

    /**
     * Chains every entry stored before the hash chain existed (no {@code hash}), timeline by timeline. Idempotent,
     * and safe when several instances run it at once: each entry is set only while it has no hash, and every
     * instance computes the same value. Returns how many entries this call chained.
     */
    public long chainUnchained() {
        long chained = 0;
        for (String timelineId : entries.distinct("timelineId", exists("hash", false), String.class)) {
            try {
                chained += chain(timelineId);
            } catch (RuntimeException e) {
                // e.g. an entry before the unchained ones missing: verification will show it; the others go on
                log.error("Could not chain the timeline {}", timelineId, e);
            }
        }
        return chained;
    }

    /** Chains the entries of one timeline that have no hash yet, in position order, from the first of them on. */
    long chain(String timelineId) {
        Document first = entries.find(and(eq("timelineId", timelineId), exists("hash", false)))
                .sort(Sorts.ascending("position")).projection(new Document("position", 1)).first();
        if (first == null) {
            return 0;
        }
        long from = first.getLong("position");
        String previous = from == 1 ? EntryHash.GENESIS : hashAt(timelineId, from - 1);
        long chained = 0;
        try (MongoCursor<Document> cursor = chainFields(timelineId, from)) {
            while (cursor.hasNext()) {
                Document document = cursor.next();
                String hash = document.getString("hash");
                if (hash == null) {
                    String computed = EntryHash.of(TimelineDocuments.toChainEntry(document), previous);
                    boolean mine = entries.updateOne(and(eq("_id", document.get("_id")), exists("hash", false)),
                            combine(set("previousHash", previous), set("hash", computed))).getModifiedCount() == 1;
                    chained += mine ? 1 : 0;
                    hash = mine ? computed : hashOf(document.get("_id"));
                }
                previous = hash;
            }
        }
        return chained;
    }

    /** What the chain covers of a timeline's entries from {@code from} on, in position order, with one cursor. */
    private MongoCursor<Document> chainFields(String timelineId, long from) {
        return entries.find(and(eq("timelineId", timelineId), gte("position", from)))
                .sort(Sorts.ascending("position"))
                .projection(TimelineDocuments.CHAIN_FIELDS)
                .batchSize(VERIFICATION_BATCH)
                .iterator();
    }

    private String hashAt(String timelineId, long position) {
        Document document = entries.find(and(eq("timelineId", timelineId), eq("position", position)))
                .projection(new Document("hash", 1)).first();
        if (document == null || document.getString("hash") == null) {
            throw new IllegalStateException("Position " + position + " of " + timelineId + " is missing or unchained");
        }
        return document.getString("hash");
    }

    private String hashOf(Object id) {
        return entries.find(eq("_id", id)).projection(new Document("hash", 1)).first().getString("hash");
    }

    /**
     * Appends {@code draft} exactly at {@code position}, chained to {@code previousHash} — the head that was read — or not
     * at all: {@code false} when the position is taken meanwhile or an entry with the same id exists. For entries that
     * only make sense at one place, such as a checkpoint of the entry before.
     */
    public boolean appendAt(TimelineEntry draft, long position, String previousHash) {
        return insert(draft, position, previousHash);
    }

    /** Inserts the entry at {@code position}; {@code false} if the position or the event id is taken (a unique index). */
    private boolean insert(TimelineEntry draft, long position, String previousHash) {
        return DuplicateKeys.insertOnce(entries, TimelineDocuments.toDocument(draft, position, previousHash));
    }

    /** The last entry of a timeline, if it has any. */
    public Optional<TimelineEntry> last(String timelineId) {
        return Optional.ofNullable(entries.find(eq("timelineId", timelineId))
                        .sort(Sorts.descending("position"))
                        .limit(1)
                        .first())
                .map(TimelineDocuments::toEntry);
    }

    /** How many entries all timelines have. */
    public long count() {
        return entries.countDocuments();
    }

    /** The ids of all timelines that have entries. */
    public List<String> timelineIds() {
        return entries.distinct("timelineId", String.class).into(new ArrayList<>());
    }

    private boolean contains(String eventId) {
        return entries.find(eq("_id", eventId)).projection(new Document("_id", 1)).first() != null;
    }

    /**
     * Hands the entries of a timeline after {@code afterPosition} up to {@code toPosition} to {@code action} as the chain
     * sees them, in position order, read with one cursor: what the state of a timeline is derived from.
     */
    public void forEachChainEntry(String timelineId, long afterPosition, long toPosition, Consumer<ChainEntry> action) {
        try (MongoCursor<Document> cursor = entries.find(and(eq("timelineId", timelineId), gt("position", afterPosition),
                        lte("position", toPosition)))
                .sort(Sorts.ascending("position"))
                .projection(TimelineDocuments.CHAIN_FIELDS)
                .batchSize(VERIFICATION_BATCH)
                .iterator()) {
            cursor.forEachRemaining(document -> action.accept(TimelineDocuments.toChainEntry(document)));
        }
    }

    /**
     * Hands the entries of a timeline at the given positions (ascending) to {@code action} as the chain sees them, in
     * position order, read in batches: however many there are.
     */
    public void forEachChainEntryAt(String timelineId, List<Long> positions, Consumer<ChainEntry> action) {
        for (int from = 0; from < positions.size(); from += VERIFICATION_BATCH) {
            entries.find(and(eq("timelineId", timelineId), in("position", positions.subList(from,
                            Math.min(positions.size(), from + VERIFICATION_BATCH)))))
                    .sort(Sorts.ascending("position"))
                    .projection(TimelineDocuments.CHAIN_FIELDS)
                    .forEach(document -> action.accept(TimelineDocuments.toChainEntry(document)));
        }
    }

    /** The entries recorded by one aggregate of a type (e.g. a decision), whatever their timelines, in timeline and position order. */
    public List<TimelineEntry> entriesOfAggregate(String aggregateType, String aggregateId) {
        return entries.find(and(eq("aggregate.id", aggregateId), eq("aggregate.type", aggregateType)))
                .sort(Sorts.ascending("timelineId", "position"))
                .map(TimelineDocuments::toEntry)
                .into(new ArrayList<>());
    }

    /**
     * Hands the entries of a timeline from position 1 up to {@code toPosition} to {@code action}, in position order, read
     * with one cursor (constant memory): what the export writes.
     */
    public void forEachEntry(String timelineId, long toPosition, Consumer<TimelineEntry> action) {
        try (MongoCursor<TimelineEntry> cursor = entries.find(and(eq("timelineId", timelineId), lte("position", toPosition)))
                .sort(Sorts.ascending("position"))
                .batchSize(VERIFICATION_BATCH)
                .map(TimelineDocuments::toEntry)
                .cursor()) {
            cursor.forEachRemaining(action);
        }
    }
}
