package de.sozialraum.reporting.timeline.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.verifier.BundleVerifier;
import de.sozialraum.audit.verifier.Verdict;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.export.TimelineBundleWriter;
import de.sozialraum.testsupport.TestStores;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export over the real store, read by the offline verifier: what is stored is what the bundle holds. */
class TimelineBundleIT {

    private static final Actor AUDITOR = new Actor("pruefung", "Claudia Wendt", "AUDITOR", null, "16053");

    private static MongoClient client;
    private static MongoTimeline timeline;
    private static MongoCollection<Document> documents;
    private static TimelineBundleWriter writer;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
        MongoDatabase database = client.getDatabase("timeline_bundle_it_" + UUID.randomUUID().toString().substring(0, 8));
        timeline = new MongoTimeline(database);
        documents = database.getCollection(MongoTimeline.COLLECTION);
        writer = new TimelineBundleWriter(timeline, CheckpointKeys.none());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void numbersAsMongoDbStoresThemVerifyOffline() throws IOException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("int", 24500);
        payload.put("long", 9_007_199_254_740_993L); // beyond 2^53: hashed, and exported, as the nearest double
        payload.put("share", 0.125);
        payload.put("sum", 0.1 + 0.2);
        payload.put("tiny", 1e-7);
        payload.put("huge", 1e30);
        payload.put("negative", -0.0);
        payload.put("nested", List.of(Map.of("x", 333333333.33333329), "Jena-Süd – \u2028 😀", true));
        String sozialraum = UUID.randomUUID().toString();
        timeline.append(draft(sozialraum, 1, Map.of("n", 1)));
        timeline.append(draft(sozialraum, 2, payload));
        timeline.append(draft(sozialraum, 3, Map.of("n", 3)));

        Verdict verdict = BundleVerifier.verify(export(sozialraum, 3));

        assertThat(verdict.outcome()).as(String.join("\n", verdict.lines())).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.headHash()).isEqualTo(timeline.verify(sozialraum).headHash());
    }

    @Test
    void anEntryChangedInTheDatabaseIsExportedAsStoredAndFoundOfflineWhereTheServerFindsIt() throws IOException {
        String sozialraum = UUID.randomUUID().toString();
        for (int n = 1; n <= 6; n++) {
            timeline.append(draft(sozialraum, n, Map.of("n", n)));
        }
        documents.updateOne(and(eq("timelineId", sozialraum), eq("position", 4L)), set("data.n", 40));

        Verdict verdict = BundleVerifier.verify(export(sozialraum, 6));

        ChainVerifier.Break server = timeline.verify(sozialraum).firstBreak();
        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position)
                .containsExactly(server.problem().code(), server.position());
        assertThat(server.position()).isEqualTo(4);
    }

    @Test
    void tenThousandEntriesExportAndVerifyInOnePassEach() throws IOException {
        String sozialraum = UUID.randomUUID().toString();
        String previous = EntryHash.GENESIS;
        List<Document> batch = new ArrayList<>();
        for (int n = 1; n <= 10_000; n++) {
            Document document = TimelineDocuments.toDocument(draft(sozialraum, n, Map.of("n", n, "text", "Eintrag Nr. " + n + " – ä", "share", n / 7.0)), n, previous);
            previous = document.getString("hash");
            batch.add(document);
            if (batch.size() == 1_000) {
                documents.insertMany(batch);
                batch.clear();
            }
        }
        BundleVerifier.verify(export(sozialraum, 1_000)); // warm-up

        long started = System.nanoTime();
        Path bundle = export(sozialraum, 10_000);
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Verdict verdict = BundleVerifier.verify(bundle);
        long verifyMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.entries()).isEqualTo(10_000);
        assertThat(verdict.headHash()).isEqualTo(previous);
        System.out.printf("Exported 10,000 timeline entries in %d ms (%,d bytes zipped), verified offline in %d ms%n",
                exportMillis, Files.size(bundle), verifyMillis);
    }

    private Path export(String sozialraum, long to) throws IOException {
        Path bundle = dir.resolve("zeitleiste-" + sozialraum + "-" + to + ".zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            writer.write(sozialraum, "16053", to, AUDITOR, Instant.now(), out);
        }
        return bundle;
    }

    private static TimelineEntry draft(String sozialraumId, int n, Map<String, Object> data) {
        return new TimelineEntry(0, UUID.randomUUID().toString(), "de.sozialraum.test.Numbered.v1", "urn:test",
                Instant.parse("2026-11-26T10:00:00.123456Z").plusSeconds(n), sozialraumId, "16053",
                new TimelineEntry.Actor("stabsstelle", "Sabine Brandt", "STABSSTELLE", null), "c-" + n, null,
                new TimelineEntry.Aggregate("Sozialraum", sozialraumId, (long) n), data);
    }
}
