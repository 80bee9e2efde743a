package de.sozialraum.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The state of a timeline as of an instant, and the rebuild of the state snapshots (issue #7, docs/performance.md), all
 * figures from one run on one store, with reporting's own classes ({@link TimelineStates}, {@link MongoStateSnapshots}):
 * <ul>
 *   <li>rebuild: {@code TimelineStates.rebuild} over {@code rebuildEntries} synthetic entries in several timelines, in
 *       entries per second, next to reading the same entries with the same cursor (raw read, 1.00);</li>
 *   <li>as of: the latency of {@code TimelineStates.asOf} at random instants of one timeline of {@code asOfEntries}
 *       entries (p50, p99, max), next to replaying the timeline from its first entry for the same instants.</li>
 * </ul>
 * Usage: {@code java -Xmx8g -cp infra/bench/target/sozialraum-bench.jar de.sozialraum.bench.StateBenchmark [asOfEntries]
 * [rebuildEntries]}, defaults 100,000 and 1,000,000; store as for {@link EventStoreBenchmark}.
 */
public final class StateBenchmark {

    /** reporting's defaults ({@code sozialraum.audit.state.snapshot-every}, {@code sozialraum.audit.checkpoint.every-entries}). */
    private static final int SNAPSHOT_EVERY = 1_000;
    private static final int CHECKPOINT_EVERY = 100;
    private static final int REBUILD_TIMELINES = 10;
    private static final int AS_OF_QUESTIONS = 300;
    private static final int AS_OF_WARM_UP = 50;
    private static final int FULL_REPLAYS = 5;

    private StateBenchmark() {
    }

    public static void main(String[] args) {
        int asOfEntries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rebuildEntries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (StoreConnection store = new StoreConnection()) {
            System.out.printf("Store: %s; snapshots every %,d entries; Java %s, %d cores, max heap %,d MB%n", store.description(),
                    SNAPSHOT_EVERY, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            asOf(store, asOfEntries);
            rebuild(store, rebuildEntries);
        }
    }

    private static void asOf(StoreConnection store, int count) {
        MongoDatabase database = fresh(store);
        SyntheticTimeline source = SyntheticTimeline.ofSeed(1);
        Instant first = source.time();
        new TimelineLoader(database, CHECKPOINT_EVERY).insert(source, count);
        Instant last = source.time();
        MongoTimeline timeline = new MongoTimeline(database);
        MongoStateSnapshots snapshots = new MongoStateSnapshots(database);
        TimelineStates states = new TimelineStates(timeline, snapshots, SNAPSHOT_EVERY);
        String timelineId = source.timelineId();
        states.rebuild(read -> { });
        TimelineState head = states.atPosition(timelineId, Long.MAX_VALUE);
        System.out.printf("%nAs of: one timeline of %,d positions (%s … %s), %d snapshots, their states %,.0f KB on average (gzip'd BSON); at its"
                        + " head %d goals, %d assignments, %d decisions, %d indicators%n", head.position(), first, last, snapshots.current().count(),
                averageSnapshotBytes(database) / 1024, items(head, "goals"), items(head, "assignments"), items(head, "decisions"),
                items(head, "measurements"));

        Random random = new Random(42);
        long span = Duration.between(first, last).toMillis();
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < AS_OF_WARM_UP + AS_OF_QUESTIONS; i++) {
            instants.add(first.plusMillis((long) (random.nextDouble() * span)));
        }
        double[] millis = new double[AS_OF_QUESTIONS];
        for (int i = 0; i < instants.size(); i++) {
            long started = System.nanoTime();
            TimelineState state = states.asOf(timelineId, instants.get(i));
            double took = (System.nanoTime() - started) / 1e6;
            if (state.applied() == 0 && instants.get(i).isAfter(first)) {
                throw new IllegalStateException("Nothing as of " + instants.get(i));
            }
            if (i >= AS_OF_WARM_UP) {
                millis[i - AS_OF_WARM_UP] = took;
            }
        }
        double[] replays = new double[FULL_REPLAYS];
        for (int i = 0; i < FULL_REPLAYS; i++) {
            Instant instant = instants.get(AS_OF_WARM_UP + i);
            long started = System.nanoTime();
            TimelineState replayed = TimelineState.empty(timelineId);
            timeline.forEachChainEntry(timelineId, 0, Long.MAX_VALUE, entry -> {
                if (!entry.time().isAfter(instant)) {
                    replayed.apply(entry);
                }
            });
            replays[i] = (System.nanoTime() - started) / 1e6;
            if (!replayed.digest().equals(states.asOf(timelineId, instant).digest())) {
                throw new IllegalStateException("The state as of " + instant + " differs from the replay");
            }
        }
        Arrays.sort(millis);
        double replay = median(replays);
        System.out.println();
        System.out.println("| as of a random instant (" + AS_OF_QUESTIONS + " questions) | ms | × full replay |");
        System.out.println("|---|---:|---:|");
        System.out.printf("| p50 | %.1f | %.3f |%n", percentile(millis, 50), percentile(millis, 50) / replay);
        System.out.printf("| p99 | %.1f | %.3f |%n", percentile(millis, 99), percentile(millis, 99) / replay);
        System.out.printf("| max | %.1f | %.3f |%n", millis[millis.length - 1], millis[millis.length - 1] / replay);
        System.out.printf("| full replay from the first entry (median of %d, same answers) | %.1f | 1.000 |%n", FULL_REPLAYS, replay);
        database.drop();
    }

    private static void rebuild(StoreConnection store, int count) {
        MongoDatabase database = fresh(store);
        TimelineLoader loader = new TimelineLoader(database, CHECKPOINT_EVERY);
        long started = System.nanoTime();
        long positions = 0;
        List<String> timelineIds = new ArrayList<>();
        for (int i = 0; i < REBUILD_TIMELINES; i++) {
            SyntheticTimeline source = SyntheticTimeline.ofSeed(100 + i);
            positions += loader.insert(source, count / REBUILD_TIMELINES).positions();
            timelineIds.add(source.timelineId());
        }
        System.out.printf("%nRebuild: wrote %,d positions in %d timelines in %.0f s%n", positions, REBUILD_TIMELINES,
                (System.nanoTime() - started) / 1e9);
        MongoTimeline timeline = new MongoTimeline(database);
        TimelineStates states = new TimelineStates(timeline, new MongoStateSnapshots(database), SNAPSHOT_EVERY);

        long readStarted = System.nanoTime();
        AtomicLong read = new AtomicLong();
        timelineIds.forEach(id -> timeline.forEachChainEntry(id, 0, Long.MAX_VALUE, entry -> read.incrementAndGet()));
        double rawSeconds = (System.nanoTime() - readStarted) / 1e9;

        long rebuildStarted = System.nanoTime();
        AtomicLong rebuilt = new AtomicLong();
        int made = states.rebuild(rebuilt::addAndGet);
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;

        System.out.println();
        System.out.println("| " + String.format("%,d", positions) + " positions | entries/s | × raw read | s |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf("| raw read: every timeline with the cursor the rebuild uses | %,.0f | 1.00 | %.1f |%n", read.get() / rawSeconds, rawSeconds);
        System.out.printf("| rebuild of the state snapshots (`TimelineStates.rebuild`, %,d snapshots made) | %,.0f | %.2f | %.1f |%n", made,
                rebuilt.get() / rebuildSeconds, (rebuilt.get() / rebuildSeconds) / (read.get() / rawSeconds), rebuildSeconds);
        database.drop();
    }

    private static MongoDatabase fresh(StoreConnection store) {
        return store.client().getDatabase("bench_state_" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static double averageSnapshotBytes(MongoDatabase database) {
        long bytes = 0;
        long count = 0;
        for (Document document : database.getCollection("timeline_state_snapshot_states").find().batchSize(1)) {
            bytes += document.get("state", Binary.class).length();
            count++;
        }
        return count == 0 ? 0 : (double) bytes / count;
    }

    private static int items(TimelineState state, String section) {
        return ((List<?>) state.toDocument().get(section)).size();
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
