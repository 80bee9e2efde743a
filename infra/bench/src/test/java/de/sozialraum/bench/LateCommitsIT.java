package de.sozialraum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.platform.eventstore.GlobalIndexEventStorageEngine;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers, some of them seconds late between choosing the index of their commit and inserting
 * it: the tracking reader gets every event exactly once, in the order a later replay sees too.
 */
class LateCommitsIT {

    private final MongoClient client = MongoClients.create(TestStores.mongoUri());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void commitsLandingSecondsLateReachTheLiveReaderOnceAndInTheReplayOrder() throws Exception {
        LateCommitScenario scenario = new LateCommitScenario(6, 60, Duration.ofMillis(1500), index -> index % 19 == 0);
        GlobalIndexEventStorageEngine engine = Engines.globalIndex(
                client.getDatabase("late_" + UUID.randomUUID().toString().substring(0, 8)), scenario::lateAfterIndex);
        engine.ensureIndexes();

        LateCommitScenario.Outcome outcome = scenario.run(engine, false, Duration.ofSeconds(20));

        assertThat(scenario.lateCommits()).as("commits that were held back").isPositive();
        assertThat(outcome.appended()).hasSize(6 * 120);
        assertThat(outcome.missingLive()).as("events the live reader never got").isEmpty();
        assertThat(outcome.duplicatesLive()).as("events the live reader got twice").isZero();
        assertThat(outcome.live()).as("live order equals replay order").isEqualTo(outcome.replay());
    }
}
