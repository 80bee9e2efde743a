package de.sozialraum.reporting.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots.Generation;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots.Late;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots.Snapshot;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of a timeline at any position or instant, derived from its entries (docs/audit.md, "State as of"), and the
 * snapshots that keep the derivation short: after every {@code snapshotEvery} entries of a timeline, its state is saved.
 *
 * <p><b>As of an instant T</b> the state holds every entry that happened at or before T, applied in timeline order. Times
 * are almost, not strictly, in timeline order (services publish with their own delays), so each snapshot records the
 * latest time up to it and the entries that came <i>late</i> (earlier than an entry before them). The answer starts from
 * the last snapshot whose entries all happened by T, reads the entries up to the next snapshot, then only the late entries
 * that the snapshots after it list, then the entries after the last snapshot: at most about two intervals of entries,
 * however long the timeline.
 */
public class TimelineStates {

    private static final Logger log = LoggerFactory.getLogger(TimelineStates.class);
    /** The range of instants a MongoDB date holds comfortably; every entry's time lies within. */
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private final MongoTimeline timeline;
    private final MongoStateSnapshots snapshots;
    private final int snapshotEvery;

    public TimelineStates(MongoTimeline timeline, MongoStateSnapshots snapshots, int snapshotEvery) {
        this.timeline = timeline;
        this.snapshots = snapshots;
        this.snapshotEvery = snapshotEvery;
    }

    /** After an append: the snapshots the timeline lacks. A failure loses nothing; the next append makes them. */
    public void afterAppend(String timelineId) {
        try {
            catchUp(snapshots.current(), timelineId, read -> { });
        } catch (RuntimeException e) {
            log.warn("Could not snapshot the state of the timeline {}", timelineId, e);
        }
    }

    /**
     * Makes the snapshots a timeline lacks in a generation, every {@code snapshotEvery} entries after its last one,
     * reporting each entry read to {@code progress}. Returns how many were made.
     */
    int catchUp(Generation generation, String timelineId, LongConsumer progress) {
        long head = timeline.lastPosition(timelineId);
        if (head - generation.lastPosition(timelineId) < snapshotEvery) {
            return 0; // read without its state: most appends need no snapshot
        }
        Snapshot last = generation.last(timelineId).orElse(null); // may be newer than just now: another instance made it
        long from = last == null ? 0 : last.position();
        long to = from + (head - from) / snapshotEvery * snapshotEvery;
        SnapshotMaker maker = new SnapshotMaker(generation, timelineId, last);
        timeline.forEachChainEntry(timelineId, from, to, entry -> {
            maker.apply(entry);
            progress.accept(1);
        });
        return maker.made;
    }

    /** The state after the entries up to {@code position} (all of them beyond the head). */
    public TimelineState atPosition(String timelineId, long position) {
        Snapshot snapshot = snapshots.current().lastAtOrBefore(timelineId, position).orElse(null);
        TimelineState state = snapshot == null ? TimelineState.empty(timelineId) : snapshot.state();
        timeline.forEachChainEntry(timelineId, state.position(), position, state::apply);
        return state;
    }

    /** The state after every entry that happened at or before {@code time}, in timeline order. */
    public TimelineState asOf(String timelineId, Instant time) {
        Instant by = time.isAfter(LATEST) ? LATEST : time.isBefore(EARLIEST) ? EARLIEST : time; // entries' times lie between
        Generation generation = snapshots.current();
        Snapshot start = generation.lastHappenedBy(timelineId, by).orElse(null);
        long from = start == null ? 0 : start.position();
        TimelineState state = start == null ? TimelineState.empty(timelineId) : start.state();
        long lastSnapshot = generation.lastPosition(timelineId);
        if (from < lastSnapshot) {
            // the next snapshot has an entry after `time`; beyond it only late entries can have happened by then
            long next = generation.firstAfter(timelineId, from).orElseThrow().position();
            applyHappenedBy(timelineId, from, next, by, state);
            timeline.forEachChainEntryAt(timelineId, generation.lateBetween(timelineId, next, lastSnapshot, by), state::apply);
            from = lastSnapshot;
        }
        applyHappenedBy(timelineId, from, Long.MAX_VALUE, by, state);
        return state;
    }

    /**
     * Makes every snapshot anew from the timelines, from empty states, in the next generation, then removes the older
     * generations; reports each entry read. Returns how many snapshots were made.
     */
    public int rebuild(LongConsumer progress) {
        Generation next = snapshots.next();
        int made = 0;
        for (String timelineId : timeline.timelineIds()) {
            made += catchUp(next, timelineId, progress);
        }
        snapshots.deleteBefore(next);
        return made;
    }

    private void applyHappenedBy(String timelineId, long after, long to, Instant time, TimelineState state) {
        timeline.forEachChainEntry(timelineId, after, to, entry -> {
            if (!entry.time().isAfter(time)) {
                state.apply(entry);
            }
        });
    }

    /** Applies entries in order and saves a snapshot at every multiple of the interval. */
    private final class SnapshotMaker {

        private final Generation generation;
        private final String timelineId;
        private final long start;
        private final TimelineState state;
        private Instant maxTime;
        private List<Late> late = new ArrayList<>();
        private int made;

        SnapshotMaker(Generation generation, String timelineId, Snapshot last) {
            this.generation = generation;
            this.timelineId = timelineId;
            this.start = last == null ? 0 : last.position();
            this.state = last == null ? TimelineState.empty(timelineId) : last.state();
            this.maxTime = last == null ? Instant.MIN : last.maxTime();
        }

        void apply(ChainEntry entry) {
            state.apply(entry);
            if (TimelineState.isCheckpoint(entry)) {
                // no part of the state, and its time is reporting's: a re-made checkpoint would make all after it late
            } else if (entry.time().isBefore(maxTime)) {
                late.add(new Late(entry.position(), entry.time()));
            } else {
                maxTime = entry.time();
            }
            if ((entry.position() - start) % snapshotEvery == 0) {
                generation.save(timelineId, new Snapshot(entry.position(), maxTime, List.copyOf(late), state));
                late = new ArrayList<>();
                made++;
            }
        }
    }
}
