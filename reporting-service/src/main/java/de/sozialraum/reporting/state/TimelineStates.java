package de.sozialraum.reporting.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
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
            catchUp(timelineId, read -> { });
        } catch (RuntimeException e) {
            log.warn("Could not snapshot the state of the timeline {}", timelineId, e);
        }
    }

    /** Makes the snapshots a timeline lacks, reporting each entry read to {@code progress}. Returns how many were made. */
    public int catchUp(String timelineId, LongConsumer progress) {
        long head = timeline.lastPosition(timelineId);
        if (head - snapshots.lastPosition(timelineId) < snapshotEvery) {
            return 0; // read without its state: most appends need no snapshot
        }
        Snapshot last = snapshots.last(timelineId).orElse(null); // may be newer than just now: another instance made it
        long from = last == null ? 0 : last.position();
        long to = from + (head - from) / snapshotEvery * snapshotEvery;
        SnapshotMaker maker = new SnapshotMaker(timelineId, last);
        timeline.forEachChainEntry(timelineId, from, to, entry -> {
            maker.apply(entry);
            progress.accept(1);
        });
        return maker.made;
    }

    /** The state after the entries up to {@code position} (all of them beyond the head). */
    public TimelineState atPosition(String timelineId, long position) {
        Snapshot snapshot = snapshots.lastAtOrBefore(timelineId, position).orElse(null);
        TimelineState state = snapshot == null ? TimelineState.empty(timelineId) : snapshot.state();
        timeline.forEachChainEntry(timelineId, state.position(), position, state::apply);
        return state;
    }

    /** The state after every entry that happened at or before {@code time}, in timeline order. */
    public TimelineState asOf(String timelineId, Instant time) {
        Snapshot start = snapshots.lastHappenedBy(timelineId, time).orElse(null);
        long from = start == null ? 0 : start.position();
        TimelineState state = start == null ? TimelineState.empty(timelineId) : start.state();
        long lastSnapshot = snapshots.lastPosition(timelineId);
        if (from < lastSnapshot) {
            // the next snapshot has an entry after `time`; beyond it only late entries can have happened by then
            long next = from + snapshotEvery;
            applyHappenedBy(timelineId, from, next, time, state);
            timeline.chainEntriesAt(timelineId, snapshots.lateBetween(timelineId, next, lastSnapshot, time)).forEach(state::apply);
            from = lastSnapshot;
        }
        applyHappenedBy(timelineId, from, Long.MAX_VALUE, time, state);
        return state;
    }

    /** Removes every snapshot and makes them anew from the timelines, reporting each entry read. Returns how many were made. */
    public int rebuild(LongConsumer progress) {
        snapshots.deleteAll();
        int made = 0;
        for (String timelineId : timeline.timelineIds()) {
            made += catchUp(timelineId, progress);
        }
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

        private final String timelineId;
        private final TimelineState state;
        private Instant maxTime;
        private List<Late> late = new ArrayList<>();
        private int made;

        SnapshotMaker(String timelineId, Snapshot last) {
            this.timelineId = timelineId;
            this.state = last == null ? TimelineState.empty(timelineId) : last.state();
            this.maxTime = last == null ? Instant.MIN : last.maxTime();
        }

        void apply(ChainEntry entry) {
            state.apply(entry);
            if (entry.time().isBefore(maxTime)) {
                late.add(new Late(entry.position(), entry.time()));
            } else {
                maxTime = entry.time();
            }
            if (entry.position() % snapshotEvery == 0) {
                snapshots.save(timelineId, new Snapshot(entry.position(), maxTime, List.copyOf(late), state));
                late = new ArrayList<>();
                made++;
            }
        }
    }
}
