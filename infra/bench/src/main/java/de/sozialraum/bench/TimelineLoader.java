package de.sozialraum.bench;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.TimelineDocuments;
import org.bson.Document;

/**
 * Writes synthetic timelines into one database with reporting's own code: its {@link MongoTimeline}, and signed
 * checkpoints every {@code checkpointEvery} entries by its {@link TimelineCheckpointer} with a key made for the run
 * (as reporting does with {@code sozialraum.audit.checkpoint.every-entries}). Two ways:
 * <ul>
 *   <li>{@link #append}: entry by entry through {@link MongoTimeline#append} and the checkpointer, as the Kafka listener
 *       does — each append reads the head first;</li>
 *   <li>{@link #insert}: the same documents (made by reporting's {@code TimelineDocuments}, hash chain included) inserted
 *       with {@code insertMany}, one batch up to each place where the checkpointer makes a checkpoint, then the
 *       checkpointer — for timelines too long to append one by one on the stand-in, whose head query scans and sorts the
 *       whole timeline.</li>
 * </ul>
 * Both leave the same kind of timeline: positions without gaps, a verifying chain, recorded checkpoints.
 */
public final class TimelineLoader {

    private static final SystemActorProperties SYSTEM = new SystemActorProperties("system", "Systemkonto (ohne Anmeldung)", "SYSTEM",
            null, null);
    private static final int BATCH_WITHOUT_CHECKPOINTS = 1_000;

    private final LoadingTimeline timeline;
    private final MongoCheckpointRecords records;
    private final MongoCollection<Document> entries;
    private final CheckpointKeys keys;
    private final int checkpointEvery;
    private Instant lastTime = Instant.EPOCH;
    private final TimelineCheckpointer checkpointer;

    /**
     * @param checkpointEvery a checkpoint after this many entries; 0 for none
     */
    public TimelineLoader(MongoDatabase database, int checkpointEvery) {
        this.timeline = new LoadingTimeline(database);
        this.records = new MongoCheckpointRecords(database);
        this.entries = database.getCollection(MongoTimeline.COLLECTION);
        this.keys = CheckpointKeys.of("bench", CheckpointSignature.generateKeyPair().getPrivate(), Map.of());
        this.checkpointEvery = checkpointEvery;
        this.checkpointer = new TimelineCheckpointer(timeline, records, keys, SYSTEM, new FollowingClock(), Math.max(1, checkpointEvery));
    }

    /** What was written: entries of the synthetic timeline and checkpoint entries among them. */
    public record Written(long entries, long checkpoints) {

        public long positions() {
            return entries + checkpoints;
        }
    }

    public MongoTimeline timeline() {
        return timeline;
    }

    public MongoCheckpointRecords records() {
        return records;
    }

    /** The keys the checkpoints are signed with (verification needs their public key). */
    public CheckpointKeys keys() {
        return keys;
    }

    /** Appends the next {@code count} entries of {@code source} one by one, as reporting's Kafka listener does. */
    public Written append(SyntheticTimeline source, int count) {
        long checkpointsBefore = records.of(source.timelineId()).size();
        for (int i = 0; i < count; i++) {
            TimelineEntry draft = source.next();
            lastTime = draft.time();
            if (timeline.append(draft) != AppendResult.APPENDED) {
                throw new IllegalStateException("Entry " + draft.eventId() + " was not appended");
            }
            if (checkpointEvery > 0) {
                checkpointer.afterAppend(source.timelineId());
            }
        }
        return new Written(count, records.of(source.timelineId()).size() - checkpointsBefore);
    }

    /** Inserts the next {@code count} entries of {@code source} in batches, chained after what the timeline holds. */
    public Written insert(SyntheticTimeline source, int count) {
        String timelineId = source.timelineId();
        MongoTimeline.TimelineHead head = timeline.head(timelineId).orElse(null);
        long position = head == null ? 0 : head.lastPosition();
        String previousHash = head == null ? EntryHash.GENESIS : head.hash();
        long lastCheckpoint = records.lastPosition(timelineId).orElse(0L);
        long checkpoints = 0;
        for (int done = 0; done < count; ) {
            // up to the next checkpoint, as the checkpointer would place it after appends
            long batch = checkpointEvery > 0 ? Math.max(1, checkpointEvery - (position - lastCheckpoint)) : BATCH_WITHOUT_CHECKPOINTS;
            int size = (int) Math.min(batch, count - done);
            List<Document> documents = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                TimelineEntry draft = source.next();
                Document document = TimelineDocuments.toDocument(draft, ++position, previousHash);
                previousHash = document.getString("hash");
                documents.add(document);
                lastTime = draft.time();
            }
            entries.insertMany(documents);
            done += size;
            if (checkpointEvery > 0) {
                Document last = documents.get(documents.size() - 1);
                timeline.known = new KnownHead(timelineId, new MongoTimeline.TimelineHead(position, last.getString("kommune"), previousHash,
                        last.getString("_id"), last.getString("type")));
                try {
                    if (checkpointer.checkpoint(timelineId, checkpointEvery)) {
                        checkpoints++;
                        previousHash = entries.find(eq("_id", CheckpointCheck.eventId(timelineId, position)))
                                .projection(new Document("hash", 1)).first().getString("hash");
                        lastCheckpoint = ++position;
                    }
                } finally {
                    timeline.known = null;
                }
            }
        }
        return new Written(count, checkpoints);
    }

    private record KnownHead(String timelineId, MongoTimeline.TimelineHead head) {
    }

    /**
     * reporting's timeline, except that while {@link #insert} checkpoints a batch, the checkpointer is told the head the
     * loader just wrote instead of querying it: on the stand-in that query scans and sorts the whole timeline (0.1–0.5 s
     * at 100,000 entries), which would dominate loading. Everything else — appending, verifying — is reporting's.
     */
    private static final class LoadingTimeline extends MongoTimeline {

        private KnownHead known;

        LoadingTimeline(MongoDatabase database) {
            super(database);
        }

        @Override
        public Optional<TimelineHead> head(String timelineId) {
            KnownHead head = known;
            return head != null && head.timelineId().equals(timelineId) ? Optional.of(head.head()) : super.head(timelineId);
        }
    }

    /** The checkpoints' time: a millisecond after the last entry written (synthetic times lie in the past). */
    private final class FollowingClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return lastTime.plusMillis(1);
        }
    }
}
