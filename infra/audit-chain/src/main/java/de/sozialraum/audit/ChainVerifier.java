package de.sozialraum.audit;

import java.security.PublicKey;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;

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
 *
 * <p><b>With checkpoints</b> ({@link #ChainVerifier(String, Function, Iterator)}): every entry of type
 * {@link CheckpointCheck#TYPE} is further checked by {@link CheckpointCheck#check} once the chain holds there
 * ({@code checkpoint-key-unknown}, {@code checkpoint-signature-invalid}, {@code checkpoint-mismatch}); and the
 * checkpoints recorded outside the chain must be in it:
 * <ol start="6">
 *   <li>{@code checkpoint-missing}: at a recorded checkpoint's position the chain holds another entry, or another valid
 *       checkpoint (an entry of the checkpoint type there is first checked as such);</li>
 *   <li>{@code truncated}: the chain ends before a recorded checkpoint's position — reported by {@link #result()} at
 *       the position after the last entry.</li>
 * </ol>
 * The result then also says up to which position the chain is signed ({@link Result#signedUpTo()}) and how many
 * entries follow the last checkpoint entry ({@link Result#unsignedEntries()}).
 */
public final class ChainVerifier {

    private final String timelineId;
    private final Function<String, PublicKey> keys;
    private final Iterator<CheckpointCheck.Recorded> recorded;
    private CheckpointCheck.Recorded nextRecorded;

    private long expectedPosition = 1;
    private String expectedPrevious = EntryHash.GENESIS;
    private long verified;
    private Break broken;
    private long checkpoints;
    private long signedUpTo;
    private long lastCheckpointPosition;
    private boolean finished;

    /** Checks the chain only: checkpoint entries are entries like any other. */
    public ChainVerifier() {
        this.timelineId = null;
        this.keys = null;
        this.recorded = Collections.emptyIterator();
    }

    /**
     * Checks the chain and its checkpoints.
     *
     * @param timelineId the timeline the entries belong to (a checkpoint must name it)
     * @param keys       the public key for a key id, {@code null} for an unknown one (current and previous keys)
     * @param recorded   the checkpoints recorded outside the chain, in position order
     */
    public ChainVerifier(String timelineId, Function<String, PublicKey> keys, Iterator<CheckpointCheck.Recorded> recorded) {
        this.timelineId = Objects.requireNonNull(timelineId, "timelineId");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.recorded = Objects.requireNonNull(recorded, "recorded");
        this.nextRecorded = recorded.hasNext() ? recorded.next() : null;
    }

    /** Verifies all of {@code entries} (in position order) and their checkpoints, stopping at the first break. */
    public static Result verify(Iterator<ChainEntry> entries, String timelineId, Function<String, PublicKey> keys,
                                Iterator<CheckpointCheck.Recorded> recorded) {
        ChainVerifier verifier = new ChainVerifier(timelineId, keys, recorded);
        while (entries.hasNext() && verifier.accept(entries.next())) {
            // next
        }
        return verifier.result();
    }

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
        if (keys != null && CheckpointCheck.isCheckpoint(entry)) {
            checkpoints++;
            signedUpTo = entry.position() - 1;
            lastCheckpointPosition = entry.position();
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
        if (keys == null) {
            return null;
        }
        if (CheckpointCheck.isCheckpoint(entry)) {
            Break checkpointBreak = CheckpointCheck.check(entry, timelineId, expectedPrevious, keys);
            if (checkpointBreak != null) {
                return checkpointBreak;
            }
        }
        while (nextRecorded != null && nextRecorded.position() < entry.position()) {
            advanceRecorded(); // positions below 1 or repeated: nothing in the chain can be there
        }
        if (nextRecorded != null && nextRecorded.position() == entry.position()) {
            CheckpointCheck.Checkpoint expected = nextRecorded.checkpoint();
            if (!expected.equals(checkpointIn(entry))) {
                return new Break(expectedPosition, Problem.CHECKPOINT_MISSING, CheckpointCheck.eventId(timelineId, expected.coveredPosition()),
                        entry.eventId());
            }
            advanceRecorded();
        }
        return null;
    }

    private static CheckpointCheck.Checkpoint checkpointIn(ChainEntry entry) {
        if (!CheckpointCheck.isCheckpoint(entry)) {
            return null;
        }
        try {
            return CheckpointCheck.Checkpoint.fromPayload(entry.payload());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void advanceRecorded() {
        nextRecorded = recorded.hasNext() ? recorded.next() : null;
    }

    /**
     * The outcome: verified up to the last accepted entry, or the first break. With checkpoints this ends the
     * verification: a checkpoint recorded beyond the last entry now means the chain was truncated.
     */
    public Result result() {
        if (!finished && broken == null && keys != null) {
            while (nextRecorded != null && nextRecorded.position() < expectedPosition) {
                advanceRecorded();
            }
            if (nextRecorded != null) {
                broken = new Break(expectedPosition, Problem.TRUNCATED,
                        "checkpoint at position " + nextRecorded.position(), "chain ends at position " + (expectedPosition - 1));
            }
        }
        finished = true;
        return new Result(verified, broken == null ? expectedPrevious : null, broken, checkpoints, signedUpTo,
                verified - lastCheckpointPosition);
    }

    /** What is wrong at a broken position. */
    public enum Problem {
        POSITION_UNEXPECTED("position-unexpected"),
        HASH_MISSING("hash-missing"),
        PREVIOUS_HASH_MISMATCH("previous-hash-mismatch"),
        HASH_MISMATCH("hash-mismatch"),
        ENTRY_UNREADABLE("entry-unreadable"),
        CHECKPOINT_KEY_UNKNOWN("checkpoint-key-unknown"),
        CHECKPOINT_SIGNATURE_INVALID("checkpoint-signature-invalid"),
        CHECKPOINT_MISMATCH("checkpoint-mismatch"),
        CHECKPOINT_MISSING("checkpoint-missing"),
        TRUNCATED("truncated");

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
     * @param checkpoints     how many checkpoint entries verified (0 when checking the chain only)
     * @param signedUpTo      the position the last verified checkpoint covers, 0 for none: the chain up to there is
     *                        signed
     * @param unsignedEntries how many verified entries follow the last verified checkpoint entry (all of them if there
     *                        is none): not signed yet
     */
    public record Result(long verifiedEntries, String headHash, Break firstBreak, long checkpoints, long signedUpTo,
                         long unsignedEntries) {

        /** A result of checking the chain only. */
        public Result(long verifiedEntries, String headHash, Break firstBreak) {
            this(verifiedEntries, headHash, firstBreak, 0, 0, verifiedEntries);
        }

        public boolean verified() {
            return firstBreak == null;
        }
    }
}
