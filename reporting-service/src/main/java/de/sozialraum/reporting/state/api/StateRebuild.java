package de.sozialraum.reporting.state.api;

import java.time.Instant;

/**
 * A rebuild of the state snapshots from the timelines (docs/operations.md, "Rebuilding the read models").
 *
 * @param status         {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param entriesTotal   the entries of all timelines when it started
 * @param entriesRead    the entries read so far: the progress
 * @param snapshotsMade  the snapshots made so far
 * @param digestBefore   the digest of the snapshots before (docs/audit.md)
 * @param digestAfter    the digest of the rebuilt snapshots, when completed
 * @param identical      whether the rebuilt snapshots are the ones there were (entries appended meanwhile can add some)
 * @param error          why it failed
 */
public record StateRebuild(String id, String status, long entriesTotal, long entriesRead, long snapshotsMade, String digestBefore,
                           String digestAfter, Boolean identical, String startedBy, Instant startedAt, Instant finishedAt,
                           String error) {
}
