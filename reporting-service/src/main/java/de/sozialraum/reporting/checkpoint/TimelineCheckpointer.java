package de.sozialraum.reporting.checkpoint;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes signed checkpoints (docs/audit.md): appends to a timeline an entry signing the hash of its last entry, and records
 * it in {@code timeline_checkpoints}. A checkpoint is reporting's own entry — it is not published.
 *
 * <p>The checkpoint is appended exactly after the entry it covers, or not at all: if another entry took that position
 * meanwhile, this attempt is dropped and the next one covers the new head. Its event id is the same for every attempt
 * on the same head, so two instances checkpointing at once collide like a redelivered event.
 */
public class TimelineCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(TimelineCheckpointer.class);
    static final String SOURCE = "urn:sozialraum-koordination:reporting-service";

    private final MongoTimeline timeline;
    private final MongoCheckpointRecords records;
    private final CheckpointKeys keys;
    private final SystemActorProperties systemActor;
    private final Clock clock;
    private final int everyEntries;
    private final AtomicInteger sweepHolds = new AtomicInteger();

    public TimelineCheckpointer(MongoTimeline timeline, MongoCheckpointRecords records, CheckpointKeys keys,
                                SystemActorProperties systemActor, Clock clock, int everyEntries) {
        this.timeline = timeline;
        this.records = records;
        this.keys = keys;
        this.systemActor = systemActor;
        this.clock = clock;
        this.everyEntries = everyEntries;
    }

    /** After an append: a checkpoint once at least {@code every-entries} entries follow the last one. */
    public void afterAppend(String timelineId) {
        if (!keys.canSign()) {
            return;
        }
        try {
            checkpoint(timelineId, everyEntries);
        } catch (RuntimeException e) {
            // the event is on the timeline; a checkpoint missed now is made by the next append or the sweep
            log.warn("Could not checkpoint the timeline {}", timelineId, e);
        }
    }

    /** The sweep: a checkpoint for every timeline with entries after its last checkpoint. Returns how many were made. */
    public int sweep() {
        if (!keys.canSign() || sweepHolds.get() > 0) {
            return 0;
        }
        int made = 0;
        for (String timelineId : timeline.timelineIds()) {
            try {
                made += checkpoint(timelineId, 1) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not checkpoint the timeline {}", timelineId, e);
            }
        }
        return made;
    }

    /**
     * Checkpoints the timeline if at least {@code minimumEntries} entries follow its last checkpoint (never a checkpoint
     * of a checkpoint). Returns whether a checkpoint was appended.
     */
    public boolean checkpoint(String timelineId, int minimumEntries) {
        Optional<MongoTimeline.TimelineHead> last = timeline.head(timelineId); // projected: the head, not its payload
        if (last.isEmpty() || CheckpointCheck.TYPE.equals(last.get().type()) || last.get().hash() == null) {
            return false; // nothing, only a checkpoint, or not chained yet (the next append chains it)
        }
        MongoTimeline.TimelineHead head = last.get();
        long sinceCheckpoint = head.lastPosition() - records.lastPosition(timelineId).orElse(0L);
        if (sinceCheckpoint < minimumEntries) {
            return false;
        }
        CheckpointCheck.Checkpoint checkpoint = CheckpointCheck.Checkpoint.sign(keys.signingKey(), keys.currentKeyId().orElseThrow(),
                timelineId, head.lastPosition(), head.hash());
        String eventId = CheckpointCheck.eventId(timelineId, head.lastPosition());
        Actor system = systemActor.forKommune(head.kommune());
        TimelineEntry entry = new TimelineEntry(0, eventId, CheckpointCheck.TYPE, SOURCE, clock.instant(), timelineId, head.kommune(),
                new TimelineEntry.Actor(system.id(), system.displayName(), system.role(), system.department()),
                null, head.eventId(), null, checkpoint.payload());
        if (!timeline.appendAt(entry, head.lastPosition() + 1, head.hash())) {
            return false; // another entry or the same checkpoint was faster
        }
        records.record(eventId, head.lastPosition() + 1, checkpoint);
        return true;
    }

    /**
     * Holds the sweep on this instance until the hold is closed. A re-feed of the timelines (docs/operations.md) holds it,
     * so that checkpoints come only by the every-N rule while it appends — at the positions they had before.
     */
    public SweepHold holdSweep() {
        sweepHolds.incrementAndGet();
        return sweepHolds::decrementAndGet;
    }

    /** A hold of the sweep; closing it releases it. */
    @FunctionalInterface
    public interface SweepHold extends AutoCloseable {

        @Override
        void close();
    }
}
