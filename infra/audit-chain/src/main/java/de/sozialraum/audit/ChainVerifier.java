package de.sozialraum.audit;

import java.util.Iterator;

/**
 * Re-computes a hash chain entry by entry, in position order, in constant memory, and stops at the first
 * break. Checks per entry, in this order:
 * <ol>
 *   <li>{@code position-unexpected}: the position is not the previous one plus one (1 for the first) — an
 *       entry deleted or inserted without renumbering;</li>
 *   <li>{@code hash-missing}: the entry has no stored hashes (stored before the chain and not chained yet);</li>
 *   <li>{@code previous-hash-mismatch}: the stored link is not the re-computed hash of the entry before
 *       ({@link EntryHash#GENESIS} for position 1) — entries swapped, deleted or inserted and renumbered;</li>
 *   <li>{@code hash-mismatch}: the stored hash is not the re-computed hash of the entry's content — the
 *       entry was edited;</li>
 *   <li>{@code entry-unreadable}: the entry cannot be read or has no canonical form (a field of the wrong
 *       type, a payload that is no JSON) — it was changed outside the system.</li>
 * </ol>
 * What the chain alone cannot show — a chain re-computed from the point of a change on, a truncated tail —
 * is said in docs/audit.md.
 */
public final class ChainVerifier {

    private long expectedPosition = 1;
    private String expectedPrevious = EntryHash.GENESIS;
    private long verified;
    private Break broken;

    /** Verifies all of {@code entries} (in position order), stopping at the first break. */
    public static Result verify(Iterator<ChainEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        while (entries.hasNext() && verifier.accept(entries.next())) {
            // next
        }
        return verifier.result();
    }

    /**
     * Records that the next entry could not even be read as a {@link ChainEntry} (a field missing or of the
     * wrong type): the chain breaks at the position expected next.
     */
    public void unreadable(String reason) {
        if (broken == null) {
            broken = new Break(expectedPosition, Problem.ENTRY_UNREADABLE, "a readable entry", reason);
        }
    }

    /** Checks the next entry; {@code false} once the chain is broken (further entries are not looked at). */
    public boolean accept(ChainEntry entry) {
        if (broken != null) {
            return false;
        }
        broken = check(entry);
        if (broken != null) {
            return false;
        }
        verified++;
        expectedPosition++;
        expectedPrevious = entry.hash();
        return true;
    }

    private Break check(ChainEntry entry) {
        if (entry.position() != expectedPosition) {
            return new Break(expectedPosition, Problem.POSITION_UNEXPECTED, Long.toString(expectedPosition), Long.toString(entry.position()));
        }
        if (entry.hash() == null || entry.previousHash() == null) {
            return new Break(expectedPosition, Problem.HASH_MISSING, "hash", null);
        }
        if (!expectedPrevious.equals(entry.previousHash())) {
            return new Break(expectedPosition, Problem.PREVIOUS_HASH_MISMATCH, expectedPrevious, entry.previousHash());
        }
        String recomputed;
        try {
            recomputed = EntryHash.of(entry, expectedPrevious);
        } catch (IllegalArgumentException e) {
            return new Break(expectedPosition, Problem.ENTRY_UNREADABLE, "a canonical form", e.getMessage());
        }
        if (!recomputed.equals(entry.hash())) {
            return new Break(expectedPosition, Problem.HASH_MISMATCH, recomputed, entry.hash());
        }
        return null;
    }

    /** The outcome so far: verified up to the last accepted entry, or the first break. */
    public Result result() {
        return new Result(verified, broken == null ? expectedPrevious : null, broken);
    }

    /** What is wrong at a broken position. */
    public enum Problem {
        POSITION_UNEXPECTED("position-unexpected"),
        HASH_MISSING("hash-missing"),
        PREVIOUS_HASH_MISMATCH("previous-hash-mismatch"),
        HASH_MISMATCH("hash-mismatch"),
        ENTRY_UNREADABLE("entry-unreadable");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The first break of a chain.
     *
     * @param position the first position that does not verify (for {@code position-unexpected}: the position
     *                 that was expected next)
     * @param expected what the verifier computed (a position, a hash)
     * @param found    what is stored
     */
    public record Break(long position, Problem problem, String expected, String found) {
    }

    /**
     * @param verifiedEntries how many entries verified (all of them when {@link #verified()})
     * @param headHash        the hash of the last verified entry ({@link EntryHash#GENESIS} for none), absent
     *                        when broken
     * @param firstBreak      absent when verified
     */
    public record Result(long verifiedEntries, String headHash, Break firstBreak) {

        public boolean verified() {
            return firstBreak == null;
        }
    }
}
