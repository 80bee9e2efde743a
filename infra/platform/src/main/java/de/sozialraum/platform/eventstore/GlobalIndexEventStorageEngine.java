package de.sozialraum.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static de.sozialraum.platform.eventstore.CommitDocuments.AGGREGATE_IDENTIFIER;
import static de.sozialraum.platform.eventstore.CommitDocuments.CLAIMS;
import static de.sozialraum.platform.eventstore.CommitDocuments.EVENTS;
import static de.sozialraum.platform.eventstore.CommitDocuments.ID;
import static de.sozialraum.platform.eventstore.CommitDocuments.INDEXES;
import static de.sozialraum.platform.eventstore.CommitDocuments.SEQUENCE_NUMBER;
import static de.sozialraum.platform.eventstore.CommitDocuments.TIMESTAMP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import de.sozialraum.platform.mongo.DuplicateKeys;

/**
 * An Axon event storage engine on MongoDB whose tracking readers never skip an event and all see the
 * same order (docs/adr/0007-event-store-dense-global-index.md).
 *
 * <ul>
 *   <li><b>Append.</b> Each append (one unit of work) inserts <em>one</em> commit document holding all
 *   its events: single-document atomicity, no transaction. Every event gets a global index; the
 *   commit's events take the next free ones, consecutively. A writer only ever inserts at the
 *   <em>first free</em> index: it tries the last index it knows plus one — as stored indexes are
 *   always exactly 1..n, a free index there <em>is</em> the first free one — and if another writer got
 *   there first, the insert fails on the unique {@code indexes} and it looks up the last index and tries
 *   again. So there are no gaps, ever, and a write costs one insert while nobody else writes. A unique
 *   multikey index on the commit's claims ({@code aggregateId:sequenceNumber}) keeps per-aggregate
 *   optimistic concurrency.</li>
 *   <li><b>Track.</b> Readers fetch by exact index ({@code indexes $in [next, next + batch)}), in
 *   order, up to the first index not stored yet. Without gaps there is nothing to wait for and nothing
 *   to time out: every reader, live or replaying, sees one and the same sequence.</li>
 *   <li><b>Tokens</b> are a single number ({@link GlobalSequenceTrackingToken}): the global index of
 *   the last event delivered; a reader can resume in the middle of a commit.</li>
 *   <li><b>Durability on a replica set.</b> Commits are written with write concern majority and tracked
 *   with read concern majority, so no reader ever delivers a commit that a fail-over could roll
 *   back. (The writer's own checks read the primary's latest state, as its inserts are decided there.)</li>
 * </ul>
 */
public class GlobalIndexEventStorageEngine extends BatchingEventStorageEngine {

    static final String COMMITS = "event_commits";
    static final String SNAPSHOTS = "event_snapshots";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> committed;
    private final MongoCollection<Document> snapshots;
    private final CommitHook commitHook;
    /** The highest index this engine has seen stored; only a starting point for finding the last one. */
    private final AtomicLong knownLastIndex = new AtomicLong();

    protected GlobalIndexEventStorageEngine(Builder builder) {
        super(builder);
        MongoCollection<Document> collection = builder.database.getCollection(COMMITS);
        this.commits = builder.majority ? collection.withWriteConcern(WriteConcern.MAJORITY) : collection;
        this.committed = builder.majority ? collection.withReadConcern(ReadConcern.MAJORITY) : collection;
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.commitHook = builder.commitHook;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the indexes the engine relies on; idempotent. */
    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending(INDEXES), new IndexOptions().unique(true).name("indexes"));
        commits.createIndex(Indexes.ascending(CLAIMS), new IndexOptions().unique(true).name("claims"));
        commits.createIndex(Indexes.ascending(EVENTS + "." + AGGREGATE_IDENTIFIER, EVENTS + "." + SEQUENCE_NUMBER),
                new IndexOptions().name("aggregate"));
        commits.createIndex(Indexes.ascending(TIMESTAMP), new IndexOptions().name("timestamp"));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> domainEvents = events.stream().<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage).toList();
        Document commit = CommitDocuments.commit(domainEvents, serializer);
        long first = knownLastIndex.get() + 1;
        while (true) {
            commitHook.beforeInsert(first);
            try {
                commits.insertOne(CommitDocuments.at(commit, first));
                knownLastIndex.accumulateAndGet(first + domainEvents.size() - 1, Math::max);
                return;
            } catch (MongoWriteException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                if (alreadyStored(domainEvents.get(0))) {
                    return;
                }
                if (!isStored(first)) {
                    handlePersistenceException(e, firstConflicting(domainEvents));
                }
                first = lastIndex() + 1;
            }
        }
    }

    /**
     * The events after {@code lastToken}, in index order, up to the last one stored. Reads ask for exact
     * indexes ({@code indexes $in [next, next + batchSize)}): point look-ups on a unique index, however
     * large the store. As stored indexes have no gaps, the first index not found is the end for now.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long next = indexAfter(lastToken);
        List<TrackedEventData<?>> events = new ArrayList<>();
        while (events.size() < batchSize) {
            long windowEnd = next + batchSize;
            Map<Long, Document> window = new HashMap<>();
            committed.find(in(INDEXES, LongStream.range(next, windowEnd).boxed().toList()))
                    .forEach(commit -> window.putAll(CommitDocuments.eventsByIndex(commit)));
            while (window.containsKey(next)) {
                events.add(CommitDocuments.trackedEvent(next, window.get(next)));
                next++;
            }
            if (next < windowEnd) {
                return events;
            }
        }
        return events;
    }

    /**
     * The aggregate's events from {@code firstSequenceNumber} on, found by their claims (point look-ups).
     * A commit holding several wanted claims is taken once (the stand-in returns it once per claim).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> wanted = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(sequenceNumber -> CommitDocuments.claim(aggregateIdentifier, sequenceNumber))
                .toList();
        Map<Long, Document> found = new HashMap<>();
        commits.find(in(CLAIMS, wanted)).forEach(commit -> found.put(CommitDocuments.index(commit), commit));
        return found.values().stream()
                .flatMap(commit -> CommitDocuments.eventsOf(commit, aggregateIdentifier))
                .filter(event -> event.getLong(SEQUENCE_NUMBER) >= firstSequenceNumber)
                .sorted(Comparator.comparingLong(event -> event.getLong(SEQUENCE_NUMBER)))
                .map(CommitDocuments::eventData)
                .toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return Optional.ofNullable(commits.find(eq(EVENTS + "." + AGGREGATE_IDENTIFIER, aggregateIdentifier))
                        .sort(descending(ID)).limit(1).first())
                .flatMap(commit -> CommitDocuments.eventsOf(commit, aggregateIdentifier)
                        .map(event -> event.getLong(SEQUENCE_NUMBER))
                        .max(Long::compare));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.replaceOne(eq(ID, snapshot.getAggregateIdentifier()),
                CommitDocuments.event(snapshot, serializer).append(ID, snapshot.getAggregateIdentifier()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.ofNullable(snapshots.find(eq(ID, aggregateIdentifier)).first()).map(CommitDocuments::eventData);
    }

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(0);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(lastIndex());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return Optional.ofNullable(commits.find(gte(TIMESTAMP, Date.from(dateTime))).sort(ascending(ID)).limit(1).first())
                .map(commit -> (TrackingToken) new GlobalSequenceTrackingToken(CommitDocuments.index(commit) - 1))
                .orElseGet(this::createHeadToken);
    }

    /**
     * The last stored index. Stored indexes are exactly 1..n, so "is index i stored?" is monotone and n
     * is found with a few point look-ups: galloping from the last index this engine knew, then bisecting.
     */
    long lastIndex() {
        long stored = knownLastIndex.get();
        long step = 1;
        while (isStored(stored + step)) {
            stored += step;
            step *= 2;
        }
        long missing = stored + step;
        while (missing - stored > 1) {
            long middle = (stored + missing) >>> 1;
            if (isStored(middle)) {
                stored = middle;
            } else {
                missing = middle;
            }
        }
        return knownLastIndex.accumulateAndGet(stored, Math::max);
    }

    /**
     * Whether these very events are stored already — an earlier attempt of the same append (e.g. a
     * driver retry after a lost acknowledgement) got through. Then appending again changes nothing.
     */
    private boolean alreadyStored(DomainEventMessage<?> first) {
        Document holder = commits.find(eq(CLAIMS, CommitDocuments.claim(first))).first();
        if (holder == null || !CommitDocuments.holds(holder, first.getIdentifier())) {
            return false;
        }
        knownLastIndex.accumulateAndGet(CommitDocuments.lastIndex(holder), Math::max);
        return true;
    }

    private boolean isStored(long index) {
        return commits.find(eq(INDEXES, index)).projection(new Document(ID, 1)).first() != null;
    }

    /** The first of the events whose claim another commit holds: the one that lost the race. */
    private DomainEventMessage<?> firstConflicting(List<DomainEventMessage<?>> events) {
        Set<String> taken = new HashSet<>();
        commits.find(in(CLAIMS, events.stream().map(CommitDocuments::claim).toList()))
                .forEach(commit -> taken.addAll(commit.getList(CLAIMS, String.class)));
        return events.stream().filter(event -> taken.contains(CommitDocuments.claim(event))).findFirst().orElse(events.get(0));
    }

    private static long indexAfter(TrackingToken token) {
        if (token == null) {
            return 1;
        }
        if (!(token instanceof GlobalSequenceTrackingToken global)) {
            throw new IllegalArgumentException("Unsupported token " + token.getClass().getName() + ": expected a "
                    + GlobalSequenceTrackingToken.class.getSimpleName());
        }
        return global.getGlobalIndex() + 1;
    }

    /** Builds the engine; defaults: batch size 100, majority write and read concern, no commit hook. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private boolean majority = true;
        private CommitHook commitHook = CommitHook.NONE;

        Builder() {
            persistenceExceptionResolver(DuplicateKeys::isDuplicateKey);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Whether commits are written and tracked with majority concern; off only for a standalone mongod. */
        public Builder majority(boolean majority) {
            this.majority = majority;
            return this;
        }

        public Builder commitHook(CommitHook commitHook) {
            this.commitHook = commitHook;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public GlobalIndexEventStorageEngine build() {
            validate();
            return new GlobalIndexEventStorageEngine(this);
        }

        @Override
        protected void validate() {
            super.validate();
            Objects.requireNonNull(database, "database");
        }
    }
}
