package de.sozialraum.reporting.timeline.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.ChainVerifier.Break;
import de.sozialraum.audit.ChainVerifier.Problem;
import de.sozialraum.audit.ChainVerifier.Result;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.testsupport.TestStores;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints over the real store: made every N entries and by the sweep, verified with current and earlier
 * keys — and every change an attacker with write access to the database can make is found, in particular those the
 * chain alone misses (TimelineChainIT): a truncated tail and a chain re-computed after a change.
 */
class TimelineCheckpointIT {

    private static final KeyPair OLD_KEY = CheckpointSignature.generateKeyPair();
    private static final KeyPair KEY = CheckpointSignature.generateKeyPair();
    private static final CheckpointKeys KEYS = CheckpointKeys.of("k2", KEY.getPrivate(), Map.of("k1", OLD_KEY.getPublic()));
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final SystemActorProperties SYSTEM = new SystemActorProperties("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null);

    private static MongoClient client;
    private static MongoTimeline timeline;
    private static MongoCheckpointRecords records;
    private static MongoCollection<Document> documents;
    private static TimelineCheckpointer checkpointer;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
        MongoDatabase database = client.getDatabase("timeline_checkpoint_it_" + UUID.randomUUID().toString().substring(0, 8));
        timeline = new MongoTimeline(database);
        records = new MongoCheckpointRecords(database);
        documents = database.getCollection(MongoTimeline.COLLECTION);
        checkpointer = checkpointer(KEYS, 3);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    // --- making checkpoints ---

    @Test
    void everyThirdEntryGetsACheckpointEntryThatIsChainedAndRecorded() {
        String sozialraum = standardTimeline();

        List<TimelineEntry> entries = timeline.page(sozialraum, 1, 20);
        assertThat(entries).extracting(TimelineEntry::type).containsExactly("n", "n", "n", CheckpointCheck.TYPE, "n", "n", "n",
                CheckpointCheck.TYPE, "n", "n");
        TimelineEntry checkpoint = entries.get(3);
        assertThat(checkpoint.eventId()).isEqualTo("checkpoint:" + sozialraum + ":3");
        assertThat(checkpoint.actor()).isEqualTo(new TimelineEntry.Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null));
        assertThat(checkpoint.time()).isEqualTo(NOW);
        assertThat(checkpoint.kommune()).isEqualTo("16053");
        assertThat(checkpoint.previousHash()).isEqualTo(entries.get(2).hash());
        assertThat(checkpoint.data()).containsOnlyKeys("timelineId", "coveredPosition", "coveredHash", "keyId", "signature")
                .containsEntry("timelineId", sozialraum).containsEntry("coveredPosition", 3L)
                .containsEntry("coveredHash", entries.get(2).hash()).containsEntry("keyId", "k2");
        assertThat(CheckpointSignature.verify(KEY.getPublic(), sozialraum, 3, entries.get(2).hash(), (String) checkpoint.data().get("signature")))
                .isTrue();
        assertThat(records.of(sozialraum)).extracting(CheckpointCheck.Recorded::position).containsExactly(4L, 8L);

        assertThat(verify(sozialraum)).isEqualTo(new Result(10, entries.get(9).hash(), null, 2, 7, 2));
    }

    @Test
    void noCheckpointOfACheckpointNorOfNothingAndASecondAttemptOnTheSameHeadIsDropped() {
        String sozialraum = timelineOf(3); // ends with its checkpoint at 4

        assertThat(checkpointer.checkpoint(sozialraum, 1)).isFalse();
        assertThat(checkpointer.checkpoint(UUID.randomUUID().toString(), 1)).isFalse();
        assertThat(timeline.lastPosition(sozialraum)).isEqualTo(4);

        append(sozialraum, 5);
        TimelineEntry head = timeline.last(sozialraum).orElseThrow();
        assertThat(checkpointer(KEYS, 100).checkpoint(sozialraum, 1)).isTrue();
        // another instance that read the same head: its entry collides (position and event id) and is dropped
        TimelineEntry again = timeline.last(sozialraum).orElseThrow();
        assertThat(timeline.appendAt(again, head.position() + 1, head.hash())).isFalse();
        assertThat(verify(sozialraum).verified()).isTrue();
    }

    @Test
    void theSweepChecksEveryTimelineWithEntriesAfterItsLastCheckpoint() {
        String quiet = timelineOf(2);
        String signed = timelineOf(3);

        assertThat(checkpointer(KEYS, 100).sweep()).isGreaterThanOrEqualTo(1);

        assertThat(verify(quiet)).extracting(Result::verified, Result::checkpoints, Result::signedUpTo, Result::unsignedEntries)
                .containsExactly(true, 1L, 2L, 0L);
        assertThat(timeline.lastPosition(signed)).isEqualTo(4); // had its checkpoint already
    }

    @Test
    void withoutASigningKeyNothingIsCheckpointedAndEverythingIsUnsigned() {
        TimelineCheckpointer unsigned = checkpointer(CheckpointKeys.from(new de.sozialraum.reporting.checkpoint.AuditProperties(null, null, null,
                new de.sozialraum.reporting.checkpoint.AuditProperties.Checkpoint(3, java.time.Duration.ofHours(1)))), 3);
        String sozialraum = UUID.randomUUID().toString();
        for (int n = 1; n <= 5; n++) {
            append(sozialraum, n);
            unsigned.afterAppend(sozialraum);
        }
        assertThat(unsigned.sweep()).isZero();

        assertThat(verify(sozialraum)).extracting(Result::verified, Result::checkpoints, Result::signedUpTo, Result::unsignedEntries)
                .containsExactly(true, 0L, 0L, 5L);
    }

    @Test
    void checkpointsOfAnEarlierKeyVerifyAfterARotationAndNotWithoutIt() {
        String sozialraum = UUID.randomUUID().toString();
        // 1 2 [3: k1, every 2] 4 5 6 [7: k2, every 3]
        TimelineCheckpointer before = checkpointer(CheckpointKeys.of("k1", OLD_KEY.getPrivate(), Map.of()), 2);
        for (int n = 1; n <= 2; n++) {
            append(sozialraum, n);
            before.afterAppend(sozialraum);
        }
        for (int n = 3; n <= 5; n++) {
            append(sozialraum, n);
            checkpointer.afterAppend(sozialraum); // after the rotation: k2, every 3 entries
        }

        Result result = verify(sozialraum);
        assertThat(result).extracting(Result::verified, Result::checkpoints, Result::signedUpTo).containsExactly(true, 2L, 6L);
        assertThat(timeline.page(sozialraum, 1, 10)).filteredOn(entry -> entry.type().equals(CheckpointCheck.TYPE))
                .extracting(entry -> entry.data().get("keyId")).containsExactly("k1", "k2");

        CheckpointKeys withoutOldKey = CheckpointKeys.of("k2", KEY.getPrivate(), Map.of());
        assertThat(timeline.verify(sozialraum, withoutOldKey::publicKey, records.of(sozialraum).iterator()).firstBreak())
                .isEqualTo(new Break(3, Problem.CHECKPOINT_KEY_UNKNOWN, "a known key", "k1"));
    }

    // --- what the chain alone misses ---

    @Test
    void aTailTruncatedAfterACheckpointIsFound() {
        String sozialraum = tampered(id -> documents.deleteMany(and(eq("timelineId", id), gte("position", 8L))));
        assertThat(timeline.verify(sozialraum).verified()).as("the chain alone").isTrue();

        Result result = verify(sozialraum);

        assertThat(result.firstBreak()).isEqualTo(new Break(8, Problem.TRUNCATED, "checkpoint at position 8", "chain ends at position 7"));
        assertThat(result.verifiedEntries()).isEqualTo(7);
    }

    @Test
    void aTailTruncatedBehindEachCheckpointIsFound() {
        for (long cut : List.of(4L, 8L)) {
            String sozialraum = tampered(id -> documents.deleteMany(and(eq("timelineId", id), gte("position", cut))));
            assertThat(verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem).containsExactly(cut, Problem.TRUNCATED);
        }
    }

    @Test
    void aPayloadEditedBeforeACheckpointWithTheWholeChainRecomputedIsFoundAtTheCheckpoint() {
        for (long position : List.of(1L, 3L, 5L, 7L)) {
            String sozialraum = tampered(id -> {
                documents.updateOne(at(id, position), set("data.n", 999));
                recomputeFrom(id, 1);
            });
            assertThat(timeline.verify(sozialraum).verified()).as("the chain alone, edit at %d", position).isTrue();

            long checkpoint = position < 4 ? 4 : 8;
            Result result = verify(sozialraum);
            assertThat(result.firstBreak()).as("edit at %d", position).extracting(Break::position, Break::problem)
                    .containsExactly(checkpoint, Problem.CHECKPOINT_MISMATCH);
            assertThat(result.signedUpTo()).isEqualTo(checkpoint == 4 ? 0 : 3);
        }
    }

    @Test
    void aForgedCheckpointSignatureIsFound() {
        KeyPair attacker = CheckpointSignature.generateKeyPair();
        String sozialraum = tampered(id -> {
            Document checkpoint = documents.find(at(id, 4)).first();
            Document data = checkpoint.get("data", Document.class);
            String forged = CheckpointSignature.sign(attacker.getPrivate(), id, 3, data.getString("coveredHash"));
            documents.updateOne(at(id, 4), set("data.signature", forged));
            recomputeFrom(id, 4);
        });

        assertThat(verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(4L, Problem.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void aCheckpointEditedToCoverARecomputedChainHasAnInvalidSignature() {
        String sozialraum = tampered(id -> {
            documents.updateOne(at(id, 2), set("data.n", 999));
            recomputeFrom(id, 1);
            String newHash = documents.find(at(id, 3)).first().getString("hash");
            documents.updateOne(at(id, 4), set("data.coveredHash", newHash));
            recomputeFrom(id, 4);
        });

        assertThat(verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(4L, Problem.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void aRecordedCheckpointReplacedByAnotherEntryIsMissing() {
        String sozialraum = tampered(id -> {
            documents.updateOne(at(id, 8), combine(set("type", "n"), set("data", new Document("n", 8))));
            recomputeFrom(id, 8);
        });

        assertThat(verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(8L, Problem.CHECKPOINT_MISSING);
    }

    // --- the chain's own findings stay as they were ---

    @Test
    void theChainsOwnFindingsComeFirst() {
        assertBroken(tampered(id -> documents.updateOne(at(id, 6), set("data.n", 999))), 6, Problem.HASH_MISMATCH);
        assertBroken(tampered(id -> documents.updateOne(at(id, 4), set("data.signature", "AAAA"))), 4, Problem.HASH_MISMATCH);
        assertBroken(tampered(id -> documents.deleteOne(at(id, 5))), 5, Problem.POSITION_UNEXPECTED);
        assertBroken(tampered(id -> {
            documents.updateOne(at(id, 2), set("position", -1L));
            documents.updateOne(at(id, 6), set("position", 2L));
            documents.updateOne(at(id, -1), set("position", 6L));
        }), 2, Problem.PREVIOUS_HASH_MISMATCH);
        assertBroken(tampered(id -> documents.updateOne(at(id, 9), set("time", "yesterday"))), 9, Problem.ENTRY_UNREADABLE);
    }

    private static void assertBroken(String sozialraum, long position, Problem problem) {
        assertThat(verify(sozialraum).firstBreak()).extracting(Break::position, Break::problem).containsExactly(position, problem);
    }

    /** The standard timeline, verified, then changed by {@code tampering}. */
    private static String tampered(Consumer<String> tampering) {
        String sozialraum = standardTimeline();
        assertThat(verify(sozialraum).verified()).isTrue();
        tampering.accept(sozialraum);
        return sozialraum;
    }

    /** 8 events with checkpoints every 3: 1 2 3 [4] 5 6 7 [8] 9 10. */
    private static String standardTimeline() {
        return timelineOf(8);
    }

    private static String timelineOf(int events) {
        String sozialraum = UUID.randomUUID().toString();
        for (int n = 1; n <= events; n++) {
            append(sozialraum, n);
            checkpointer.afterAppend(sozialraum);
        }
        return sozialraum;
    }

    private static void append(String sozialraum, int n) {
        timeline.append(new TimelineEntry(0, UUID.randomUUID().toString(), "n", "urn:test", Instant.parse("2026-11-26T10:00:00Z").plusSeconds(n),
                sozialraum, "16053", new TimelineEntry.Actor("stabsstelle", "Sabine Brandt", "STABSSTELLE", null), null, null, null,
                Map.of("n", n)));
    }

    /** What an attacker who knows the (public) algorithm does after a change: every hash and link from {@code from} on re-computed. */
    private static void recomputeFrom(String sozialraum, long from) {
        String previous = from == 1 ? EntryHash.GENESIS : documents.find(at(sozialraum, from - 1)).first().getString("hash");
        List<Document> rest = documents.find(and(eq("timelineId", sozialraum), gte("position", from))).sort(Sorts.ascending("position"))
                .into(new ArrayList<>());
        for (Document document : rest) {
            String hash = EntryHash.of(TimelineDocuments.toChainEntry(document), previous);
            documents.updateOne(eq("_id", document.get("_id")), combine(set("previousHash", previous), set("hash", hash)));
            previous = hash;
        }
    }

    private static Result verify(String sozialraum) {
        return timeline.verify(sozialraum, KEYS::publicKey, records.of(sozialraum).iterator());
    }

    private static TimelineCheckpointer checkpointer(CheckpointKeys keys, int everyEntries) {
        return new TimelineCheckpointer(timeline, records, keys, SYSTEM, Clock.fixed(NOW, ZoneOffset.UTC), everyEntries);
    }

    private static Bson at(String sozialraum, long position) {
        return and(eq("timelineId", sozialraum), eq("position", position));
    }
}
