package de.sozialraum.reporting.timeline.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.ChainVerifier.Break;
import de.sozialraum.audit.ChainVerifier.Problem;
import de.sozialraum.audit.ChainVerifier.Result;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.testsupport.TestStores;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hash chain over the real store: built on append, and every kind of tampering done directly in MongoDB —
 * at every position of a timeline — found at the position where it breaks the chain.
 */
class TimelineChainIT {

    private static final int LENGTH = 10;

    private static MongoClient client;
    private static MongoTimeline timeline;
    private static MongoCollection<Document> documents;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
        MongoDatabase database = client.getDatabase("timeline_chain_it_" + UUID.randomUUID().toString().substring(0, 8));
        timeline = new MongoTimeline(database);
        documents = database.getCollection(MongoTimeline.COLLECTION);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void eachEntryLinksToThePreviousOneAndItsHashIsItsCanonicalForm() {
        String sozialraum = timelineOf(3);

        List<TimelineEntry> entries = timeline.page(sozialraum, 1, 10);

        assertThat(entries.get(0).previousHash()).isEqualTo(EntryHash.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(TimelineEntry::hash).allMatch(hash -> hash.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
        for (Document document : documents.find(eq("timelineId", sozialraum))) {
            assertThat(document.getString("hash")).isEqualTo(EntryHash.of(TimelineDocuments.toChainEntry(document)));
        }
        assertThat(timeline.verify(sozialraum)).isEqualTo(new Result(3, entries.get(2).hash(), null));
    }

    @Test
    void timesFinerThanMillisecondsAreHashedAsStored() {
        String sozialraum = UUID.randomUUID().toString();
        timeline.append(new TimelineEntry(0, UUID.randomUUID().toString(), "t", "urn:test", Instant.parse("2026-11-26T10:15:30.123456789Z"),
                sozialraum, "16053", null, null, null, null, Map.of("n", 1)));

        assertThat(timeline.page(sozialraum, 1, 1).get(0).time()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
        assertThat(timeline.verify(sozialraum).verified()).isTrue();
    }

    @Test
    void writersRacingForPositionsStillFormOneChain() throws Exception {
        String sozialraum = UUID.randomUUID().toString();
        List<TimelineEntry> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(draft(sozialraum, i));
        }
        RacingWriters.appendAll(timeline, events);

        assertThat(timeline.verify(sozialraum)).extracting(Result::verified, Result::verifiedEntries).containsExactly(true, 100L);
    }

    @Test
    void anEmptyOrUnknownTimelineVerifiesWithNoEntries() {
        assertThat(timeline.verify(UUID.randomUUID().toString())).isEqualTo(new Result(0, EntryHash.GENESIS, null));
    }

    // --- tampering directly in the database: every kind, at every position ---

    @Test
    void anEditedPayloadIsFoundAtItsPosition() {
        for (int position = 1; position <= LENGTH; position++) {
            int p = position;
            assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("data.n", 999))), p, Problem.HASH_MISMATCH);
        }
    }

    @Test
    void anyEditedHashedFieldIsFoundAtItsPosition() {
        int p = 4;
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("type", "de.sozialraum.planning.Forged.v1"))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("time", new Date(1_000)))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("actor.name", "Jemand anderes"))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), unset("actor"))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("data.extra", true))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("hash", "f".repeat(64)))), p, Problem.HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("previousHash", "f".repeat(64)))), p, Problem.PREVIOUS_HASH_MISMATCH);
        assertBrokenAt(tampered(id -> documents.updateOne(at(id, p), set("time", "yesterday"))), p, Problem.ENTRY_UNREADABLE);
    }

    @Test
    void aDeletedEntryIsFoundAtItsPosition() {
        for (int position = 1; position < LENGTH; position++) {
            int p = position;
            Break broken = brokenAt(tampered(id -> documents.deleteOne(at(id, p))), p, Problem.POSITION_UNEXPECTED);
            assertThat(broken.expected()).isEqualTo(Long.toString(p));
            assertThat(broken.found()).isEqualTo(Long.toString(p + 1));
        }
    }

    @Test
    void aDeletedEntryWithTheLaterOnesRenumberedIsFoundAtItsPosition() {
        for (int position = 1; position < LENGTH; position++) {
            int p = position;
            assertBrokenAt(tampered(id -> {
                documents.deleteOne(at(id, p));
                for (int later = p + 1; later <= LENGTH; later++) {
                    documents.updateOne(at(id, later), set("position", (long) later - 1));
                }
            }), p, Problem.PREVIOUS_HASH_MISMATCH);
        }
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirstOfThem() {
        for (int first = 1; first < LENGTH; first++) {
            for (int second = first + 1; second <= LENGTH; second++) {
                int i = first;
                int j = second;
                assertBrokenAt(tampered(id -> {
                    documents.updateOne(at(id, i), set("position", -1L)); // the unique index needs a free place
                    documents.updateOne(at(id, j), set("position", (long) i));
                    documents.updateOne(at(id, -1), set("position", (long) j));
                }), i, Problem.PREVIOUS_HASH_MISMATCH);
            }
        }
    }

    @Test
    void anInsertedEntryWithACorrectHashForItsPlaceIsFoundAtItsSuccessor() {
        for (int position = 1; position <= LENGTH; position++) {
            int p = position;
            String[] fabricatedHash = new String[1];
            Break broken = brokenAt(tampered(id -> {
                for (int later = LENGTH; later >= p; later--) {
                    documents.updateOne(at(id, later), inc("position", 1L));
                }
                String previous = p == 1 ? EntryHash.GENESIS : documents.find(at(id, p - 1)).first().getString("hash");
                Document fabricated = TimelineDocuments.toDocument(new TimelineEntry(0, UUID.randomUUID().toString(),
                        "de.sozialraum.coordination.AssignmentAccepted.v1", "urn:forged", Instant.parse("2026-11-26T11:00:00Z"), id, "16053",
                        new TimelineEntry.Actor("leitung-jugendamt", "Jonas Keller", "DEPARTMENT_HEAD", "jugendamt"), null, null, null,
                        Map.of("assignmentId", "a-forged")), p, previous);
                fabricatedHash[0] = fabricated.getString("hash");
                documents.insertOne(fabricated);
            }), p + 1, Problem.PREVIOUS_HASH_MISMATCH);
            assertThat(broken.expected()).isEqualTo(fabricatedHash[0]);
        }
    }

    @Test
    void truncatingTheTailIsNotFoundByTheChainAlone() {
        // what signed checkpoints (docs/audit.md, TimelineCheckpointIT) are for: the chain itself stays consistent
        Result result = timeline.verify(tampered(id -> documents.deleteOne(at(id, LENGTH))));

        assertThat(result.verified()).isTrue();
        assertThat(result.verifiedEntries()).isEqualTo(LENGTH - 1);
    }

    @Test
    void aChainRecomputedAfterAChangeIsNotFoundByTheChainAlone() {
        // anyone with write access and the (public) algorithm can do this: signed checkpoints are the answer (TimelineCheckpointIT)
        String sozialraum = tampered(id -> {
            documents.updateOne(at(id, 4), set("data.n", 999));
            String previous = documents.find(at(id, 3)).first().getString("hash");
            for (int position = 4; position <= LENGTH; position++) {
                String hash = EntryHash.of(TimelineDocuments.toChainEntry(documents.find(at(id, position)).first()), previous);
                documents.updateOne(at(id, position), combine(set("previousHash", previous), set("hash", hash)));
                previous = hash;
            }
        });

        assertThat(timeline.verify(sozialraum).verified()).isTrue();
    }

    @Test
    void anUntamperedTimelineVerifies() {
        assertThat(timeline.verify(timelineOf(LENGTH))).extracting(Result::verified, Result::verifiedEntries).containsExactly(true, (long) LENGTH);
    }

    /** Not a benchmark (that is a later part of issue 7): the order of magnitude, printed for docs/audit.md. */
    @Test
    void tenThousandEntriesVerifyInOnePass() {
        String sozialraum = UUID.randomUUID().toString();
        String previous = EntryHash.GENESIS;
        List<Document> batch = new ArrayList<>();
        for (int n = 1; n <= 10_000; n++) {
            Document document = TimelineDocuments.toDocument(draft(sozialraum, n), n, previous);
            previous = document.getString("hash");
            batch.add(document);
            if (batch.size() == 1_000) {
                documents.insertMany(batch);
                batch.clear();
            }
        }

        timeline.verify(sozialraum); // warm-up: cursor, codecs, canonical form and hash compiled
        long started = System.nanoTime();
        long read = 0;
        for (Document document : documents.find(eq("timelineId", sozialraum)).sort(Sorts.ascending("position"))
                .projection(TimelineDocuments.CHAIN_FIELDS).batchSize(1_000)) {
            read += document.isEmpty() ? 0 : 1;
        }
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Result result = timeline.verify(sozialraum);
        long verifyMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(read).isEqualTo(10_000);
        assertThat(result).isEqualTo(new Result(10_000, previous, null));
        System.out.printf("Verified 10,000 timeline entries in %d ms (reading them alone: %d ms)%n", verifyMillis, readMillis);
    }

    // --- entries stored before the chain ---

    @Test
    void entriesStoredBeforeTheChainAreChainedOnceAndAnAppendContinuesTheChain() {
        String sozialraum = timelineOf(5);
        documents.updateMany(eq("timelineId", sozialraum), combine(unset("hash"), unset("previousHash")));
        assertThat(timeline.verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem).containsExactly(1L, Problem.HASH_MISSING);

        assertThat(timeline.chainUnchained()).isGreaterThanOrEqualTo(5);
        assertThat(timeline.chainUnchained()).isZero();
        assertThat(timeline.verify(sozialraum)).extracting(Result::verified, Result::verifiedEntries).containsExactly(true, 5L);

        timeline.append(draft(sozialraum, 6));
        assertThat(timeline.verify(sozialraum)).extracting(Result::verified, Result::verifiedEntries).containsExactly(true, 6L);
    }

    @Test
    void anAppendToAnUnchainedTimelineChainsItFirst() {
        String sozialraum = timelineOf(4);
        // the last two entries stored by a version without the chain
        documents.updateMany(and(eq("timelineId", sozialraum), new Document("position", new Document("$gte", 3L))),
                combine(unset("hash"), unset("previousHash")));

        timeline.append(draft(sozialraum, 5));

        assertThat(timeline.verify(sozialraum)).extracting(Result::verified, Result::verifiedEntries).containsExactly(true, 5L);
    }

    @Test
    void twoInstancesChainingAtOnceAgree() throws Exception {
        String sozialraum = timelineOf(LENGTH);
        List<String> hashes = hashes(sozialraum);
        documents.updateMany(eq("timelineId", sozialraum), combine(unset("hash"), unset("previousHash")));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> runs = pool.invokeAll(List.of(() -> timeline.chain(sozialraum), () -> timeline.chain(sozialraum)));
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(LENGTH);
        } finally {
            pool.shutdown();
        }

        assertThat(hashes(sozialraum)).isEqualTo(hashes);
        assertThat(timeline.verify(sozialraum).verified()).isTrue();
    }

    private static String tampered(Consumer<String> tampering) {
        String sozialraum = timelineOf(LENGTH);
        assertThat(timeline.verify(sozialraum).verified()).isTrue();
        tampering.accept(sozialraum);
        return sozialraum;
    }

    private static void assertBrokenAt(String sozialraum, long position, Problem problem) {
        brokenAt(sozialraum, position, problem);
    }

    private static Break brokenAt(String sozialraum, long position, Problem problem) {
        Result result = timeline.verify(sozialraum);
        assertThat(result.firstBreak()).as("tampered timeline %s", sozialraum).isNotNull();
        assertThat(result.firstBreak()).extracting(Break::position, Break::problem).containsExactly(position, problem);
        assertThat(result.verifiedEntries()).isEqualTo(position - 1);
        return result.firstBreak();
    }

    private static Bson at(String sozialraum, long position) {
        return and(eq("timelineId", sozialraum), eq("position", position));
    }

    private static List<String> hashes(String sozialraum) {
        return documents.find(eq("timelineId", sozialraum)).sort(Sorts.ascending("position"))
                .map(document -> document.getString("hash")).into(new ArrayList<>());
    }

    private static String timelineOf(int length) {
        String sozialraum = UUID.randomUUID().toString();
        for (int n = 1; n <= length; n++) {
            timeline.append(draft(sozialraum, n));
        }
        return sozialraum;
    }

    private static TimelineEntry draft(String sozialraumId, int n) {
        return new TimelineEntry(0, UUID.randomUUID().toString(), "de.sozialraum.test.Numbered.v1", "urn:test",
                Instant.parse("2026-11-26T10:00:00Z").plusSeconds(n), sozialraumId, "16053",
                new TimelineEntry.Actor("stabsstelle", "Sabine Brandt", "STABSSTELLE", null), "c-" + n, null, null,
                Map.of("n", n, "text", "Eintrag Nr. " + n + " – ä"));
    }
}
