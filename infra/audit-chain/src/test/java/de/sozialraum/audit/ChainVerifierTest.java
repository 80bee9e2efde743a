package de.sozialraum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import de.sozialraum.audit.ChainVerifier.Break;
import de.sozialraum.audit.ChainVerifier.Problem;
import de.sozialraum.audit.ChainVerifier.Result;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aChainBuiltLinkByLinkVerifies() {
        List<ChainEntry> chain = chain(10);

        Result result = ChainVerifier.verify(chain.iterator());

        assertThat(result.verified()).isTrue();
        assertThat(result.verifiedEntries()).isEqualTo(10);
        assertThat(result.headHash()).isEqualTo(chain.get(9).hash());
    }

    @Test
    void anEmptyChainVerifiesWithTheGenesisAsHead() {
        assertThat(ChainVerifier.verify(Collections.emptyIterator())).isEqualTo(new Result(0, EntryHash.GENESIS, null));
    }

    @Test
    void anEditedPayloadBreaksItsOwnHash() {
        List<ChainEntry> chain = chain(10);
        ChainEntry original = chain.get(4);
        chain.set(4, withPayload(original, Map.of("n", 999)));

        assertThat(ChainVerifier.verify(chain.iterator()).firstBreak())
                .isEqualTo(new Break(5, Problem.HASH_MISMATCH, EntryHash.of(chain.get(4)), original.hash()));
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        List<ChainEntry> chain = chain(10);
        chain.remove(6);

        Result result = ChainVerifier.verify(chain.iterator());

        assertThat(result.firstBreak()).isEqualTo(new Break(7, Problem.POSITION_UNEXPECTED, "7", "8"));
        assertThat(result.verifiedEntries()).isEqualTo(6);
    }

    @Test
    void aDeletedEntryWithTheRestRenumberedBreaksTheLink() {
        List<ChainEntry> chain = chain(10);
        chain.remove(6);
        List<ChainEntry> renumbered = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            renumbered.add(withPosition(chain.get(i), i + 1));
        }

        Break broken = ChainVerifier.verify(renumbered.iterator()).firstBreak();

        assertThat(broken.position()).isEqualTo(7);
        assertThat(broken.problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
        assertThat(broken.expected()).isEqualTo(chain.get(5).hash());
    }

    @Test
    void twoSwappedEntriesBreakTheLinkAtTheFirst() {
        List<ChainEntry> chain = chain(10);
        ChainEntry third = chain.get(2);
        ChainEntry eighth = chain.get(7);
        chain.set(2, withPosition(eighth, 3));
        chain.set(7, withPosition(third, 8));

        assertThat(ChainVerifier.verify(chain.iterator()).firstBreak())
                .isEqualTo(new Break(3, Problem.PREVIOUS_HASH_MISMATCH, chain.get(1).hash(), eighth.previousHash()));
    }

    @Test
    void anInsertedEntryWithACorrectHashBreaksTheLinkOfItsSuccessor() {
        List<ChainEntry> chain = chain(10);
        ChainEntry fabricated = entry(5, "fabricated", chain.get(3).hash());
        List<ChainEntry> tampered = new ArrayList<>(chain.subList(0, 4));
        tampered.add(fabricated);
        for (ChainEntry later : chain.subList(4, 10)) {
            tampered.add(withPosition(later, later.position() + 1));
        }

        assertThat(ChainVerifier.verify(tampered.iterator()).firstBreak())
                .isEqualTo(new Break(6, Problem.PREVIOUS_HASH_MISMATCH, fabricated.hash(), chain.get(4).previousHash()));
    }

    @Test
    void anEntryWithoutHashesIsReported() {
        List<ChainEntry> chain = chain(3);
        ChainEntry second = chain.get(1);
        chain.set(1, new ChainEntry(2, second.eventId(), second.type(), second.time(), second.actor(), second.payload(), null, null));

        assertThat(ChainVerifier.verify(chain.iterator()).firstBreak().problem()).isEqualTo(Problem.HASH_MISSING);
    }

    @Test
    void entriesAfterTheBreakAreNotLookedAt() {
        List<ChainEntry> chain = chain(5);
        chain.set(1, withPayload(chain.get(1), Map.of("n", -1)));
        ChainVerifier verifier = new ChainVerifier();

        assertThat(verifier.accept(chain.get(0))).isTrue();
        assertThat(verifier.accept(chain.get(1))).isFalse();
        assertThat(verifier.accept(chain.get(2))).isFalse();
        assertThat(verifier.result().firstBreak().position()).isEqualTo(2);
        assertThat(verifier.result().verifiedEntries()).isEqualTo(1);
    }

    @Test
    void anEntryWithoutCanonicalFormOrUnreadableBreaksTheChain() {
        List<ChainEntry> chain = chain(3);
        chain.set(1, withPayload(chain.get(1), Map.of("n", Double.NaN)));
        assertThat(ChainVerifier.verify(chain.iterator()).firstBreak())
                .extracting(Break::position, Break::problem).containsExactly(2L, Problem.ENTRY_UNREADABLE);

        ChainVerifier verifier = new ChainVerifier();
        verifier.accept(chain.get(0));
        verifier.unreadable("position is a string");
        assertThat(verifier.result().firstBreak()).isEqualTo(new Break(2, Problem.ENTRY_UNREADABLE, "a readable entry", "position is a string"));
    }

    static List<ChainEntry> chain(int length) {
        List<ChainEntry> chain = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int position = 1; position <= length; position++) {
            ChainEntry entry = entry(position, "event-" + position, previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static ChainEntry entry(long position, String eventId, String previousHash) {
        ChainEntry draft = new ChainEntry(position, eventId, "de.sozialraum.test.Numbered.v1", T0.plusSeconds(position),
                new ChainEntry.Actor("u-1", "Sabine Brandt", "STABSSTELLE", null), Map.of("n", position), previousHash, null);
        return withHash(draft, EntryHash.of(draft));
    }

    private static ChainEntry withPayload(ChainEntry entry, Map<String, ?> payload) {
        return new ChainEntry(entry.position(), entry.eventId(), entry.type(), entry.time(), entry.actor(), payload, entry.previousHash(), entry.hash());
    }

    private static ChainEntry withPosition(ChainEntry entry, long position) {
        return new ChainEntry(position, entry.eventId(), entry.type(), entry.time(), entry.actor(), entry.payload(), entry.previousHash(), entry.hash());
    }

    private static ChainEntry withHash(ChainEntry entry, String hash) {
        return new ChainEntry(entry.position(), entry.eventId(), entry.type(), entry.time(), entry.actor(), entry.payload(), entry.previousHash(), hash);
    }
}
