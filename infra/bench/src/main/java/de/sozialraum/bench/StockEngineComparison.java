package de.sozialraum.bench;

import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.eventstore.GlobalIndexEventStorageEngine;

/**
 * Runs the late-commit scenario against Axon's stock Mongo engine and against ours, on the same store,
 * and prints what each tracking reader got. Run: see docs/performance.md.
 */
public final class StockEngineComparison {

    private static final int WRITERS = 6;
    private static final int COMMITS_PER_WRITER = 60;
    private static final Duration LATE_BY = Duration.ofMillis(2500);

    private StockEngineComparison() {
    }

    public static void main(String[] args) throws Exception {
        try (StoreConnection store = new StoreConnection()) {
            System.out.println("Store: " + store.description());
            System.out.printf("Scenario: %d writers x %d commits (1-3 events each); every 23rd commit lands %d ms late%n",
                    WRITERS, COMMITS_PER_WRITER, LATE_BY.toMillis());

            LateCommitScenario stockScenario = scenario();
            LateCommitScenario.Outcome stock = stockScenario.run(
                    Engines.stock(store.client(), "compare_stock"), true, Duration.ofSeconds(10));
            System.out.println("Axon MongoEventStorageEngine (axon-mongo 4.12, look-back 1 s): " + stock.summary());

            LateCommitScenario ourScenario = scenario();
            MongoDatabase database = store.client().getDatabase("compare_ours");
            GlobalIndexEventStorageEngine ours = Engines.globalIndex(database, ourScenario::lateAfterIndex);
            ours.ensureIndexes();
            LateCommitScenario.Outcome outcome = ourScenario.run(ours, false, Duration.ofSeconds(10));
            System.out.println("GlobalIndexEventStorageEngine (dense global index):           " + outcome.summary());
        }
    }

    private static LateCommitScenario scenario() {
        return new LateCommitScenario(WRITERS, COMMITS_PER_WRITER, LATE_BY, number -> number % 23 == 0);
    }
}
