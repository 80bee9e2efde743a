package de.sozialraum.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Many writers append while some of their commits land seconds late; one tracking reader follows
 * live, a second one replays everything afterwards. Did the live reader get every event exactly once,
 * and in the same order as the replay?
 *
 * <p>Where a commit is late depends on the engine: with our global-index engine between choosing the
 * index and inserting (its {@code CommitHook}, see {@link #lateAfterIndex}); with a timestamp-ordered
 * engine between stamping the events and appending them (writers pause before the append).
 */
public final class LateCommitScenario {

    /** The test payload; one aggregate per writer. */
    public record Written(String writer, long sequenceNumber) {
    }

    /**
     * What happened.
     *
     * @param appended events whose append succeeded, by id
     * @param live     event ids in the order the live reader got them
     * @param replay   event ids in the order a reader from the start got them afterwards
     */
    public record Outcome(Set<String> appended, List<String> live, List<String> replay) {

        public Set<String> missingLive() {
            Set<String> missing = new HashSet<>(appended);
            missing.removeAll(live);
            return missing;
        }

        public long duplicatesLive() {
            return live.size() - new HashSet<>(live).size();
        }

        public boolean liveOrderEqualsReplay() {
            return live.equals(replay);
        }

        public String summary() {
            return "%d events appended; live reader: %d delivered, %d missing, %d twice; replay: %d; same order as replay: %s"
                    .formatted(appended.size(), live.size(), missingLive().size(), duplicatesLive(), replay.size(),
                            liveOrderEqualsReplay() ? "yes" : "no");
        }
    }

    private final int writers;
    private final int commitsPerWriter;
    private final Duration lateBy;
    private final LongPredicate isLate;
    private final AtomicInteger lateCommits = new AtomicInteger();

    /**
     * @param writers          concurrent writer threads, each with its own aggregate
     * @param commitsPerWriter appends per writer, of 1 to 3 events each
     * @param lateBy           how late a late commit lands
     * @param isLate           which commits are late (by chosen index or by commit number)
     */
    public LateCommitScenario(int writers, int commitsPerWriter, Duration lateBy, LongPredicate isLate) {
        this.writers = writers;
        this.commitsPerWriter = commitsPerWriter;
        this.lateBy = lateBy;
        this.isLate = isLate;
    }

    /** For engines that choose an index first: delays the insert of late commits after the choice. */
    public void lateAfterIndex(long index) {
        if (isLate.test(index)) {
            lateCommits.incrementAndGet();
            sleep(lateBy);
        }
    }

    /** How many commits were held back so far. */
    public int lateCommits() {
        return lateCommits.get();
    }

    /**
     * Runs the scenario. With {@code lateBeforeAppend}, writers pause between stamping a late commit's
     * events and appending them (for engines without a hook); otherwise the engine's hook is expected
     * to call {@link #lateAfterIndex}.
     */
    public Outcome run(EventStorageEngine engine, boolean lateBeforeAppend, Duration readerPatience) throws Exception {
        Set<String> appended = Collections.synchronizedSet(new HashSet<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "writer-" + w;
            long firstCommit = (long) w * commitsPerWriter;
            running.add(pool.submit(() -> write(engine, writer, firstCommit, lateBeforeAppend, appended)));
        }
        pool.shutdown();

        List<String> live = new ArrayList<>();
        TrackingToken token = engine.createTailToken();
        Instant quietSince = null;
        while (true) {
            List<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false).toList();
            batch.forEach(event -> live.add(event.getIdentifier()));
            if (!batch.isEmpty()) {
                token = batch.get(batch.size() - 1).trackingToken();
            }
            boolean writersDone = pool.isTerminated();
            if (writersDone && batch.isEmpty()) {
                quietSince = quietSince == null ? Instant.now() : quietSince;
                if (live.containsAll(appended) || Duration.between(quietSince, Instant.now()).compareTo(readerPatience) > 0) {
                    break;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        List<String> replay = engine.readEvents(engine.createTailToken(), false).map(TrackedEventMessage::getIdentifier).toList();
        return new Outcome(Set.copyOf(appended), List.copyOf(live), replay);
    }

    private void write(EventStorageEngine engine, String writer, long firstCommit, boolean lateBeforeAppend, Set<String> appended) {
        long sequence = 0;
        for (long commit = firstCommit; commit < firstCommit + commitsPerWriter; commit++) {
            int size = (int) (commit % 3) + 1;
            long first = sequence;
            List<DomainEventMessage<?>> events = LongStream.range(first, first + size)
                    .<DomainEventMessage<?>>mapToObj(n -> new GenericDomainEventMessage<>("Writer", writer, n, new Written(writer, n)))
                    .toList();
            if (lateBeforeAppend && isLate.test(commit)) {
                lateCommits.incrementAndGet();
                sleep(lateBy);
            }
            engine.appendEvents(events);
            events.forEach(event -> appended.add(event.getIdentifier()));
            sequence += size;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
