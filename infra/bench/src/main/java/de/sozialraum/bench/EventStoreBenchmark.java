package de.sozialraum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.sozialraum.platform.eventstore.CommitHook;
import de.sozialraum.platform.eventstore.GlobalIndexEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

/**
 * Throughput of the event store, all figures from one run on one store (docs/performance.md):
 * raw {@code insertMany} documents/s, our append events/s and their ratio, tracking read events/s;
 * Axon's stock Mongo engine alongside. Usage: {@code java -jar infra/bench/target/sozialraum-bench.jar [events]}.
 */
public final class EventStoreBenchmark {

    /** A payload of about the size of our domain events' JSON. */
    public record Measured(String aggregateId, long n, String text) {
    }

    private static final int DEFAULT_EVENTS = 10_000;
    private static final int RAW_BATCH = 100;
    private static final int WRITERS = 4;
    private static final String TEXT = "x".repeat(300);
    /** The stock engine's tracking query scans on the stand-in: reading all would take minutes. */
    private static final int STOCK_READ = 1_000;

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS;
        try (StoreConnection store = new StoreConnection()) {
            System.out.printf("Store: %s; %d events per measurement; Java %s, %d cores%n", store.description(), events,
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            measure(store, Math.max(1_000, events / 10));
            System.out.println("(warm-up done)");
            List<Row> rows = measure(store, events);
            double raw = rows.get(0).perSecond();
            System.out.println();
            rows.forEach(row -> System.out.printf("%-66s %10.0f   %5.2f x raw%n", row.what(), row.perSecond(), row.perSecond() / raw));
        }
    }

    private record Row(String what, double perSecond) {
    }

    /** One pass over every measurement, each on fresh databases of the same store. */
    private static List<Row> measure(StoreConnection store, int events) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        GlobalIndexEventStorageEngine ours = Engines.globalIndex(store.client().getDatabase("bench_ours_" + run), CommitHook.NONE);
        ours.ensureIndexes();
        EventStorageEngine stock = Engines.stock(store.client(), "bench_stock_" + run);
        return List.of(
                new Row("raw insertMany, batches of " + RAW_BATCH + ", documents/s",
                        rawInsertMany(store.client().getDatabase("bench_raw_" + run), events)),
                new Row("ours: append, 1 event per commit, 1 writer, events/s", append(ours, events, 1, 1)),
                new Row("ours: append, 1 event per commit, " + WRITERS + " writers, events/s", append(ours, events, 1, WRITERS)),
                new Row("ours: append, 10 events per commit, 1 writer, events/s", append(ours, events, 10, 1)),
                new Row("ours: tracking read from the start, events/s", read(ours, 3L * events)),
                new Row("stock axon-mongo: append, 1 event per commit, 1 writer, events/s", append(stock, events, 1, 1)),
                new Row("stock axon-mongo: tracking read, first " + STOCK_READ + " events, events/s", read(stock, STOCK_READ)));
    }

    /** Documents shaped like one-event commits, into a collection with a unique index like ours. */
    private static double rawInsertMany(MongoDatabase database, int count) {
        MongoCollection<Document> collection = database.getCollection("raw");
        collection.createIndex(Indexes.ascending("claims"), new IndexOptions().unique(true));
        long start = System.nanoTime();
        for (int from = 0; from < count; from += RAW_BATCH) {
            collection.insertMany(IntStream.range(from, Math.min(count, from + RAW_BATCH))
                    .mapToObj(i -> new Document("_id", (long) i).append("claims", List.of("raw-" + i + ":0"))
                            .append("events", List.of(new Document("payload", TEXT).append("n", i))))
                    .toList());
        }
        return perSecond(count, start);
    }

    private static double append(EventStorageEngine engine, int count, int perCommit, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int commitsPerWriter = count / perCommit / writers;
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String aggregate = UUID.randomUUID().toString();
            running.add(pool.submit(() -> {
                for (int commit = 0; commit < commitsPerWriter; commit++) {
                    long first = (long) commit * perCommit;
                    engine.appendEvents(IntStream.range(0, perCommit)
                            .<DomainEventMessage<?>>mapToObj(i -> new GenericDomainEventMessage<>("Bench", aggregate, first + i,
                                    new Measured(aggregate, first + i, TEXT)))
                            .toList());
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
        return perSecond((long) commitsPerWriter * perCommit * writers, start);
    }

    /** Reads (and deserialises) everything from the start, as a new tracking processor does. */
    private static double read(EventStorageEngine engine, long expected) {
        long start = System.nanoTime();
        long read = 0;
        TrackingToken token = engine.createTailToken();
        while (read < expected) {
            List<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false).limit(expected - read).toList();
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(TrackedEventMessage::getPayload);
            read += batch.size();
            token = batch.get(batch.size() - 1).trackingToken();
        }
        return perSecond(read, start);
    }

    private static double perSecond(long count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }
}
