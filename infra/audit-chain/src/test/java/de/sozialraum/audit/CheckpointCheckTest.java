package de.sozialraum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.sozialraum.audit.ChainVerifier.Break;
import de.sozialraum.audit.ChainVerifier.Problem;
import de.sozialraum.audit.ChainVerifier.Result;
import de.sozialraum.audit.CheckpointCheck.Checkpoint;
import de.sozialraum.audit.CheckpointCheck.Recorded;
import org.junit.jupiter.api.Test;

/** Checkpoint entries in a chain: built like reporting builds them, then changed in every way the docs list. */
class CheckpointCheckTest {

    private static final String TIMELINE = "sr-1";
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private final KeyPair current = CheckpointSignature.generateKeyPair();
    private final KeyPair previous = CheckpointSignature.generateKeyPair();
    private final Function<String, PublicKey> keys = Map.of("k2", current.getPublic(), "k1", previous.getPublic())::get;

    /** Chain of 10 entries with checkpoints (key k1) after 3 and (key k2) after 7: positions 4 and 9; 11 entries. */
    private final Timeline timeline = new Timeline()
            .entries(3).checkpoint("k1", previous).entries(4).checkpoint("k2", current).entries(2);

    @Test
    void theEntryAndItsPayloadHaveTheSharedFormat() {
        ChainEntry checkpoint = timeline.chain.get(3);

        assertThat(checkpoint.type()).isEqualTo("de.sozialraum.reporting.TimelineCheckpoint.v1");
        assertThat(checkpoint.eventId()).isEqualTo("checkpoint:sr-1:3");
        assertThat(new LinkedHashMap<String, Object>(checkpoint.payload())).containsOnlyKeys("timelineId", "coveredPosition", "coveredHash", "keyId", "signature")
                .containsEntry("timelineId", TIMELINE)
                .containsEntry("coveredPosition", 3L)
                .containsEntry("coveredHash", timeline.chain.get(2).hash())
                .containsEntry("keyId", "k1");
        assertThat(CheckpointSignature.verify(previous.getPublic(), TIMELINE, 3, timeline.chain.get(2).hash(),
                (String) checkpoint.payload().get("signature"))).isTrue();
    }

    @Test
    void aChainWithCheckpointsByCurrentAndPreviousKeysVerifiesAndSaysUpToWhereItIsSigned() {
        Result result = verify(timeline.chain, timeline.recorded);

        assertThat(result.verified()).isTrue();
        assertThat(result.verifiedEntries()).isEqualTo(11);
        assertThat(result.checkpoints()).isEqualTo(2);
        assertThat(result.signedUpTo()).isEqualTo(8);
        assertThat(result.unsignedEntries()).isEqualTo(2);
    }

    @Test
    void withoutCheckpointsEverythingIsUnsigned() {
        Timeline plain = new Timeline().entries(5);

        assertThat(verify(plain.chain, plain.recorded)).isEqualTo(new Result(5, plain.chain.get(4).hash(), null, 0, 0, 5));
    }

    @Test
    void theChainAloneStillTreatsCheckpointsAsEntries() {
        assertThat(ChainVerifier.verify(timeline.chain.iterator())).isEqualTo(new Result(11, timeline.chain.get(10).hash(), null));
    }

    @Test
    void aChainRecomputedAfterAnEditBeforeACheckpointNoLongerMatchesIt() {
        List<ChainEntry> chain = recomputedFrom(timeline.chain, 6, withPayload(timeline.chain.get(5), Map.of("n", 999)));
        assertThat(ChainVerifier.verify(chain.iterator()).verified()).as("the chain alone").isTrue();

        Result result = verify(chain, timeline.recorded);

        assertThat(result.firstBreak()).isEqualTo(new Break(9, Problem.CHECKPOINT_MISMATCH, chain.get(7).hash(), timeline.chain.get(7).hash()));
        assertThat(result.signedUpTo()).isEqualTo(3);
    }

    @Test
    void aCheckpointWhoseCoveredHashWasRewrittenHasAnInvalidSignature() {
        ChainEntry checkpoint = timeline.chain.get(8);
        Map<String, Object> forged = new LinkedHashMap<>(checkpoint.payload());
        forged.put("coveredHash", "f".repeat(64));
        List<ChainEntry> chain = recomputedFrom(timeline.chain, 9, withPayload(checkpoint, forged));

        assertThat(verify(chain, List.of()).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(9L, Problem.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void aForgedSignatureOrAnUnknownKeyOrAMalformedCheckpointIsFound() {
        KeyPair attacker = CheckpointSignature.generateKeyPair();
        Timeline forged = new Timeline().entries(3).checkpoint("k2", attacker);
        assertThat(verify(forged.chain, List.of()).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(4L, Problem.CHECKPOINT_SIGNATURE_INVALID);

        Timeline unknownKey = new Timeline().entries(3).checkpoint("k9", attacker);
        assertThat(verify(unknownKey.chain, List.of()).firstBreak()).isEqualTo(new Break(4, Problem.CHECKPOINT_KEY_UNKNOWN, "a known key", "k9"));

        Timeline malformed = new Timeline().entries(3);
        malformed.append(CheckpointCheck.TYPE, CheckpointCheck.eventId(TIMELINE, 3), Map.of("timelineId", TIMELINE));
        assertThat(verify(malformed.chain, List.of()).firstBreak()).extracting(Break::position, Break::problem)
                .containsExactly(4L, Problem.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void aCheckpointOfAnotherPositionOrTimelineDoesNotCoverThisEntry() {
        Timeline timeline = new Timeline().entries(3);
        String hash = timeline.chain.get(2).hash();
        timeline.append(CheckpointCheck.TYPE, "x", Checkpoint.sign(current.getPrivate(), "k2", TIMELINE, 2, hash).payload());
        assertThat(verify(timeline.chain, List.of()).firstBreak()).isEqualTo(new Break(4, Problem.CHECKPOINT_MISMATCH, "3", "2"));

        Timeline other = new Timeline().entries(3);
        other.append(CheckpointCheck.TYPE, "x", Checkpoint.sign(current.getPrivate(), "k2", "sr-2", 3, other.chain.get(2).hash()).payload());
        assertThat(verify(other.chain, List.of()).firstBreak()).isEqualTo(new Break(4, Problem.CHECKPOINT_MISMATCH, TIMELINE, "sr-2"));
    }

    @Test
    void aTailTruncatedAfterACheckpointIsFoundByTheRecordedCheckpoint() {
        List<ChainEntry> truncated = new ArrayList<>(timeline.chain.subList(0, 8)); // the checkpoint at 9 and all after it gone
        assertThat(ChainVerifier.verify(truncated.iterator()).verified()).as("the chain alone").isTrue();

        Result result = verify(truncated, timeline.recorded);

        assertThat(result.firstBreak()).isEqualTo(new Break(9, Problem.TRUNCATED, "checkpoint at position 9", "chain ends at position 8"));
        assertThat(result.verifiedEntries()).isEqualTo(8);
    }

    @Test
    void aRecordedCheckpointReplacedInTheChainIsMissing() {
        // the checkpoint entry at 9 deleted, the later entries renumbered and the chain re-computed
        List<ChainEntry> chain = new ArrayList<>(timeline.chain);
        chain.remove(8);
        List<ChainEntry> renumbered = new ArrayList<>(chain.subList(0, 8));
        for (ChainEntry entry : chain.subList(8, chain.size())) {
            renumbered.add(new ChainEntry(renumbered.size() + 1, entry.eventId(), entry.type(), entry.time(), entry.actor(), entry.payload(), null, null));
        }
        List<ChainEntry> recomputed = recomputedFrom(renumbered, 9, renumbered.get(8));

        assertThat(verify(recomputed, timeline.recorded).firstBreak())
                .isEqualTo(new Break(9, Problem.CHECKPOINT_MISSING, "checkpoint:sr-1:8", recomputed.get(8).eventId()));
    }

    @Test
    void aPayloadReadBackWithOtherNumberTypesIsTheSameCheckpoint() {
        Checkpoint checkpoint = Checkpoint.sign(current.getPrivate(), "k2", TIMELINE, 3, "a".repeat(64));
        Map<String, Object> payload = new LinkedHashMap<>(checkpoint.payload());
        payload.put("coveredPosition", 3.0); // e.g. written back by a tool that knows doubles only
        assertThat(Checkpoint.fromPayload(payload)).isEqualTo(checkpoint);
        payload.put("coveredPosition", 3.5);
        assertThatThrownBy(() -> Checkpoint.fromPayload(payload)).isInstanceOf(IllegalArgumentException.class);
        payload.put("coveredPosition", 3);
        payload.put("extra", true);
        assertThatThrownBy(() -> Checkpoint.fromPayload(payload)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicKeyIsDerivedFromThePrivateKey() {
        PublicKey derived = CheckpointSignature.publicKey(CheckpointSignature.privateKey(CheckpointSignature.encode(current.getPrivate())));

        assertThat(derived.getEncoded()).isEqualTo(current.getPublic().getEncoded());
    }

    @Test
    void aKeyPairWrittenByOpenSslIsReadAndItsPublicKeyDerived() {
        // openssl genpkey -algorithm ed25519 -out key.pem
        // openssl pkey -in key.pem -outform DER | base64 -w0;  openssl pkey -in key.pem -pubout -outform DER | base64 -w0
        String privateKey = "MC4CAQAwBQYDK2VwBCIEIOnpN+S9lxdymCBx+PXj+xmrVkulinAT9576LNYAjwDj";
        String publicKey = "MCowBQYDK2VwAyEAPND1DwfxXhDVayy7Q57++xAiF0WJP57DbXzPvZzV6rk=";

        assertThat(CheckpointSignature.encode(CheckpointSignature.publicKey(CheckpointSignature.privateKey(privateKey)))).isEqualTo(publicKey);
    }

    @Test
    void aSignatureIsTheOneOpenSslMakesOfTheCanonicalStatement() {
        // Ed25519 is deterministic. printf '%s' '{"coveredHash":"abc","coveredPosition":100,"timelineId":"sr-1"}' > statement
        // openssl pkeyutl -sign -inkey key.pem -rawin -in statement | base64 -w0
        String privateKey = "MC4CAQAwBQYDK2VwBCIEILz7M6Jb/kNbNP3LP4FTuZ0RXD3WpLH7gwr7bWEtKPoK";

        assertThat(CheckpointSignature.sign(CheckpointSignature.privateKey(privateKey), "sr-1", 100, "abc"))
                .isEqualTo("i2BlsuqZrCY6gHcx69AgQfIKRKXYm3swkLZA7A9a5pYNonrArtMOmUFHPAQUT5ZNIFk7gqf3oQLOeAw1JBzfAw==");
    }

    private Result verify(List<ChainEntry> chain, List<Recorded> recorded) {
        return ChainVerifier.verify(chain.iterator(), TIMELINE, keys, recorded.iterator());
    }

    /** {@code chain} with the entry at {@code position} replaced and every hash from there on re-computed. */
    private static List<ChainEntry> recomputedFrom(List<ChainEntry> chain, int position, ChainEntry replacement) {
        List<ChainEntry> result = new ArrayList<>(chain.subList(0, position - 1));
        String previousHash = position == 1 ? EntryHash.GENESIS : chain.get(position - 2).hash();
        Iterator<ChainEntry> rest = chain.subList(position - 1, chain.size()).iterator();
        boolean first = true;
        while (rest.hasNext()) {
            ChainEntry entry = rest.next();
            ChainEntry source = first ? replacement : entry;
            first = false;
            ChainEntry unhashed = new ChainEntry(source.position(), source.eventId(), source.type(), source.time(), source.actor(),
                    source.payload(), previousHash, null);
            String hash = EntryHash.of(unhashed, previousHash);
            result.add(new ChainEntry(source.position(), source.eventId(), source.type(), source.time(), source.actor(), source.payload(),
                    previousHash, hash));
            previousHash = hash;
        }
        return result;
    }

    private static ChainEntry withPayload(ChainEntry entry, Map<String, ?> payload) {
        return new ChainEntry(entry.position(), entry.eventId(), entry.type(), entry.time(), entry.actor(), payload, entry.previousHash(),
                entry.hash());
    }

    /** Builds a chain as reporting does: entries and checkpoints, recording each checkpoint. */
    private static final class Timeline {

        final List<ChainEntry> chain = new ArrayList<>();
        final List<Recorded> recorded = new ArrayList<>();

        Timeline entries(int count) {
            for (int i = 0; i < count; i++) {
                append("de.sozialraum.test.Numbered.v1", "e-" + (chain.size() + 1), Map.of("n", chain.size() + 1));
            }
            return this;
        }

        Timeline checkpoint(String keyId, KeyPair key) {
            long covered = chain.size();
            Checkpoint checkpoint = Checkpoint.sign(key.getPrivate(), keyId, TIMELINE, covered, chain.get(chain.size() - 1).hash());
            append(CheckpointCheck.TYPE, CheckpointCheck.eventId(TIMELINE, covered), checkpoint.payload());
            recorded.add(new Recorded(covered + 1, checkpoint));
            return this;
        }

        void append(String type, String eventId, Map<String, ?> payload) {
            long position = chain.size() + 1;
            String previousHash = chain.isEmpty() ? EntryHash.GENESIS : chain.get(chain.size() - 1).hash();
            ChainEntry entry = new ChainEntry(position, eventId, type, T0.plusSeconds(position),
                    new ChainEntry.Actor("system", "Systemkonto", "SYSTEM", null), payload, previousHash, null);
            chain.add(new ChainEntry(position, eventId, type, entry.time(), entry.actor(), payload, previousHash, EntryHash.of(entry, previousHash)));
        }
    }
}
