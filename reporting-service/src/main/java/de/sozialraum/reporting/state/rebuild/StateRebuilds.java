package de.sozialraum.reporting.state.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.state.api.StateRebuild;
import de.sozialraum.reporting.state.persistence.MongoRebuildRecords;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Rebuilds the state snapshots from the timelines in the background, one rebuild at a time across instances, with its
 * progress and whether the result is identical to what was there (docs/operations.md, "Rebuilding the read models").
 */
public class StateRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StateRebuilds.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final TimelineStates states;
    private final MongoStateSnapshots snapshots;
    private final MongoTimeline timeline;
    private final MongoRebuildRecords records;
    private final Clock clock;
    private final Duration staleAfter;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "state-rebuild"));

    public StateRebuilds(TimelineStates states, MongoStateSnapshots snapshots, MongoTimeline timeline, MongoRebuildRecords records,
                         Clock clock, Duration staleAfter) {
        this.states = states;
        this.snapshots = snapshots;
        this.timeline = timeline;
        this.records = records;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Starts a rebuild; 409 {@code state-rebuild-running} while another one runs. */
    public StateRebuild start(String startedBy) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!records.lock(id, now, now.minus(staleAfter))) {
            throw new ConflictException("state-rebuild-running", "Another rebuild of the state snapshots is running");
        }
        long abandoned = records.abandonOthers(id, "Abgebrochen: der Dienst hielt an, während der Neuaufbau lief", now);
        if (abandoned > 0) {
            log.warn("{} earlier rebuild(s) of the state snapshots had stopped with their instance; marked failed", abandoned);
        }
        StateRebuild started = new StateRebuild(id, "RUNNING", timeline.count(), 0, 0, null, null, null, startedBy, now, null, null);
        records.save(started, now);
        executor.execute(() -> run(started));
        return started;
    }

    public Optional<StateRebuild> find(String id) {
        return records.find(id);
    }

    private void run(StateRebuild started) {
        Progress progress = new Progress(started);
        try {
            progress.digestBefore = snapshots.current().digest(progress::alive);
            int made = states.rebuild(progress::read);
            progress.finish("COMPLETED", made, snapshots.current().digest(progress::alive), null);
            log.info("Rebuilt {} state snapshots from {} entries; identical to before: {}", made, progress.read,
                    progress.digestBefore.equals(progress.digestAfter));
        } catch (RuntimeException e) {
            log.error("The rebuild {} of the state snapshots failed", started.id(), e);
            progress.finish("FAILED", 0, null, String.valueOf(e.getMessage()));
        } finally {
            records.unlock(started.id());
        }
    }

    /** The rebuild as it goes: entries read, saved about once a second, and how it ended. */
    private final class Progress {

        private final StateRebuild started;
        private String digestBefore;
        private String digestAfter;
        private long read;
        private Instant saved;

        Progress(StateRebuild started) {
            this.started = started;
            this.saved = started.startedAt();
        }

        void read(long entries) {
            read += entries;
            alive();
        }

        /** Saves the progress if a second has passed: the lock's heartbeat, also while digests are computed. */
        void alive() {
            Instant now = clock.instant();
            if (Duration.between(saved, now).compareTo(PROGRESS_EVERY) >= 0) {
                save("RUNNING", 0, null, null, now);
            }
        }

        void finish(String status, long made, String after, String error) {
            digestAfter = after;
            save(status, made, error, clock.instant(), clock.instant());
        }

        private void save(String status, long made, String error, Instant finishedAt, Instant now) {
            records.save(new StateRebuild(started.id(), status, started.entriesTotal(), read, made, digestBefore, digestAfter,
                    digestAfter == null ? null : digestAfter.equals(digestBefore), started.startedBy(), started.startedAt(),
                    finishedAt, error), now);
            saved = now;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
