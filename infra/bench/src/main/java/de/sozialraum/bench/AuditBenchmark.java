package de.sozialraum.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.TimelineDocuments;
import org.bson.Document;

/**
 * Verification of a Sozialraum's timeline against reading the same entries (issue #7, docs/performance.md), all figures
 * from one run on one store: a synthetic timeline ({@link SyntheticTimeline}, checkpoints every
 * {@value #CHECKPOINT_EVERY} entries) is written into a fresh database, then measured are
 * <ul>
 *   <li>the raw read: the cursor verification uses (position order, its projection, its batch size), documents
 *       counted — the reference, 1.00;</li>
 *   <li>{@code MongoTimeline.verify}, the chain only and with the checkpoints, as the verification endpoint runs it;</li>
 *   <li>the same chain check on the entries already in memory (no store), and its parts alone: the canonical
 *       form ({@link Jcs}), SHA-256 of its bytes ({@link MessageDigest}, no JSON work), and the checkpoints' Ed25519
 *       signatures.</li>
 * </ul>
 * A warm-up with a tenth of the entries runs first; then every row is measured {@value #ROUNDS} times, the rows in turn
 * (each round starting with another row), each measurement repeating its pass for at least a second;
 * the table shows medians — of wall-clock rates and of rates per second of this process's CPU time, which other
 * processes on a shared machine disturb less — and the medians of the ratios to the same round's raw read. Usage:
 * {@code java -cp infra/bench/target/sozialraum-bench.jar de.sozialraum.bench.AuditBenchmark [entries]}, store as for
 * {@link EventStoreBenchmark} ({@code -Dbench.store=h2}, {@code MONGODB_URI}).
 */
public final class AuditBenchmark {

    private static final int DEFAULT_ENTRIES = 100_000;
    /** reporting's default ({@code sozialraum.audit.checkpoint.every-entries}). */
    private static final int CHECKPOINT_EVERY = 100;
    /** verification's batch size ({@code MongoTimeline}). */
    private static final int READ_BATCH = 1_000;
    /**
     * Every row is measured this many times, the rows in turn; the table shows medians, and the ratios are the medians of
     * the ratios to the same round's raw read (the machine's load drifts between rounds).
     */
    private static final int ROUNDS = 5;
    /**
     * A measurement repeats its pass over the timeline until this much time has passed: the process CPU time comes in
     * clock ticks (10 ms here), and SHA-256 over 100,000 entries takes about 0.1 s.
     */
    private static final long MINIMUM_NANOS = 1_000_000_000L;

    private AuditBenchmark() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ENTRIES;
        try (StoreConnection store = new StoreConnection()) {
            System.out.printf("Store: %s; one timeline of %,d entries (+ a checkpoint every %d); Java %s, %d cores%n",
                    store.description(), entries, CHECKPOINT_EVERY, Runtime.version(), Runtime.getRuntime().availableProcessors());
            measure(store, Math.max(1_000, entries / 10), 1, 1);
            System.out.println("(warm-up done)");
            List<Row> rows = measure(store, entries, 2, ROUNDS);
            Row raw = rows.get(0);
            System.out.println();
            System.out.printf("Medians of %d rounds; CPU: this process's CPU time (the stand-in's threads, the GC and the JIT"
                    + " included)%n%n", ROUNDS);
            System.out.println("| measurement | entries/s (range) | × raw read | entries per CPU second | × raw read (CPU) | MB/s |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (Row row : rows) {
                double perSecond = median(row.perSecond());
                String megabytes = row.bytesPerEntry() == 0 ? "–" : String.format("%.1f", perSecond * row.bytesPerEntry() / 1e6);
                System.out.printf("| %s | %,.0f (%,.0f–%,.0f) | %.2f | %,.0f | %.2f | %s |%n", row.what(), perSecond,
                        Arrays.stream(row.perSecond()).min().orElseThrow(), Arrays.stream(row.perSecond()).max().orElseThrow(),
                        median(ratios(row.perSecond(), raw.perSecond())), median(row.perCpuSecond()),
                        median(ratios(row.perCpuSecond(), raw.perCpuSecond())), megabytes);
            }
        }
    }

    /**
     * One measurement: {@code work} processes the whole timeline once and returns how many positions it covered.
     *
     * @param onCanonicalBytes whether it works on the canonical forms' bytes (MB/s are shown)
     */
    private record Measurement(String what, LongSupplier work, boolean onCanonicalBytes) {
    }

    /** A measurement's rounds, in positions per second of wall-clock time and of process CPU time. */
    private record Row(String what, double[] perSecond, double[] perCpuSecond, double bytesPerEntry) {
    }

    private static List<Row> measure(StoreConnection store, int count, long seed, int rounds) {
        MongoDatabase database = store.client().getDatabase("bench_audit_" + UUID.randomUUID().toString().substring(0, 8));
        TimelineLoader loader = new TimelineLoader(database, CHECKPOINT_EVERY);
        SyntheticTimeline source = SyntheticTimeline.ofSeed(seed);
        String timelineId = source.timelineId();

        long started = System.nanoTime();
        TimelineLoader.Written written = loader.insert(source, count);
        long positions = written.positions();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Wrote %,d entries and %,d checkpoints (insertMany of reporting's documents, reporting's checkpointer)"
                + " in %.1f s: %,.0f positions/s%n", written.entries(), written.checkpoints(), loadSeconds, positions / loadSeconds);

        List<ChainEntry> inMemory = readChainEntries(database, timelineId);
        List<byte[]> canonical = canonicalForms(inMemory);
        List<CheckpointCheck.Recorded> recorded = loader.records().of(timelineId);
        long bytes = canonical.stream().mapToLong(form -> form.length).sum();
        System.out.printf("%,d positions; canonical forms %.0f bytes on average, %.1f MB in all%n", positions,
                (double) bytes / canonical.size(), bytes / 1e6);

        List<Measurement> measurements = List.of(
                new Measurement("raw read: the verification's cursor (projection, position order, batches of " + READ_BATCH
                        + "), documents counted", () -> rawRead(database, timelineId, positions), false),
                new Measurement("`MongoTimeline.verify`, chain only",
                        () -> verified(loader.timeline().verify(timelineId), positions, 0), false),
                new Measurement("`MongoTimeline.verify`, chain and signed checkpoints (as the endpoint)",
                        () -> verified(loader.timeline().verify(timelineId, loader.keys()::publicKey,
                                loader.records().of(timelineId).iterator()), positions, written.checkpoints()), false),
                new Measurement("chain check of the same entries in memory (`ChainVerifier`, no store)",
                        () -> verified(ChainVerifier.verify(inMemory.iterator()), positions, 0), false),
                new Measurement("canonical forms alone (`EntryHash.canonicalObject` + `Jcs`, UTF-8 bytes), in memory",
                        () -> canonicalForms(inMemory).size(), true),
                new Measurement("SHA-256 alone over the canonical forms' bytes (`MessageDigest`, no JSON work)",
                        () -> sha256(canonical), true),
                new Measurement("the " + recorded.size() + " checkpoint signatures alone (Ed25519), per position of the timeline",
                        () -> signatures(loader, recorded) > 0 ? positions : 0, false));

        double[][] perSecond = new double[measurements.size()][rounds];
        double[][] perCpuSecond = new double[measurements.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < measurements.size(); turn++) {
                int i = (turn + round) % measurements.size(); // each round starts with another row: no row always follows the same
                long wall = System.nanoTime();
                long cpu = processCpuNanos();
                long done = 0;
                do {
                    done += measurements.get(i).work().getAsLong();
                } while (System.nanoTime() - wall < MINIMUM_NANOS);
                perSecond[i][round] = done / ((System.nanoTime() - wall) / 1e9);
                perCpuSecond[i][round] = done / ((processCpuNanos() - cpu) / 1e9);
            }
        }
        database.drop();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement measurement = measurements.get(i);
            rows.add(new Row(measurement.what(), perSecond[i], perCpuSecond[i],
                    measurement.onCanonicalBytes() ? (double) bytes / canonical.size() : 0));
        }
        return rows;
    }

    /** The cursor of {@code MongoTimeline.verify}, which must give every position; returns how many documents it gave. */
    private static long rawRead(MongoDatabase database, String timelineId, long positions) {
        long read = 0;
        try (MongoCursor<Document> cursor = chainCursor(database, timelineId)) {
            while (cursor.hasNext()) {
                cursor.next();
                read++;
            }
        }
        if (read != positions) {
            throw new IllegalStateException("Read " + read + " entries, expected " + positions);
        }
        return read;
    }

    private static List<ChainEntry> readChainEntries(MongoDatabase database, String timelineId) {
        List<ChainEntry> entries = new ArrayList<>();
        try (MongoCursor<Document> cursor = chainCursor(database, timelineId)) {
            cursor.forEachRemaining(document -> entries.add(TimelineDocuments.toChainEntry(document)));
        }
        return entries;
    }

    private static MongoCursor<Document> chainCursor(MongoDatabase database, String timelineId) {
        return database.getCollection(MongoTimeline.COLLECTION)
                .find(and(eq("timelineId", timelineId), gte("position", Long.MIN_VALUE)))
                .sort(Sorts.ascending("position"))
                .projection(TimelineDocuments.chainFields())
                .batchSize(READ_BATCH)
                .iterator();
    }

    /** The positions a verification covered, which must be all of them (and the checkpoints, if any). */
    private static long verified(ChainVerifier.Result result, long positions, long checkpoints) {
        if (!result.verified() || result.verifiedEntries() != positions || result.checkpoints() != checkpoints) {
            throw new IllegalStateException("Verification did not pass over every entry: " + result);
        }
        return positions;
    }

    private static List<byte[]> canonicalForms(List<ChainEntry> entries) {
        List<byte[]> forms = new ArrayList<>(entries.size());
        for (ChainEntry entry : entries) {
            forms.add(Jcs.canonicalBytes(EntryHash.canonicalObject(entry, entry.previousHash())));
        }
        return forms;
    }

    private static long sha256(List<byte[]> forms) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int sink = 0;
        for (byte[] form : forms) {
            sink += sha256.digest(form)[0];
        }
        return sink == Integer.MIN_VALUE ? forms.size() + 1 : forms.size(); // uses the digests, so they are computed
    }

    /** Checks the recorded checkpoints' signatures; returns how many. */
    private static long signatures(TimelineLoader loader, List<CheckpointCheck.Recorded> recorded) {
        for (CheckpointCheck.Recorded checkpoint : recorded) {
            CheckpointCheck.Checkpoint signed = checkpoint.checkpoint();
            if (!CheckpointSignature.verify(loader.keys().publicKey(signed.keyId()), signed.timelineId(), signed.coveredPosition(),
                    signed.coveredHash(), signed.signature())) {
                throw new IllegalStateException("Checkpoint at " + checkpoint.position() + " does not verify");
            }
        }
        return recorded.size();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double[] ratios(double[] values, double[] references) {
        double[] ratios = new double[values.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = values[i] / references[i];
        }
        return ratios;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
