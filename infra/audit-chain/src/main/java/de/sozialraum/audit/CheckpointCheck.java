package de.sozialraum.audit;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Signed checkpoints in a timeline (docs/audit.md): what a checkpoint entry holds, and how one is checked where the
 * chain reaches it. Shared by the reporting service (which writes and verifies checkpoints) and the offline verifier.
 *
 * <p>A checkpoint is itself an entry of the timeline it covers, chained like any other, with
 * <ul>
 *   <li>type {@value #TYPE},</li>
 *   <li>event id {@code checkpoint:<timelineId>:<coveredPosition>} ({@link #eventId}),</li>
 *   <li>payload exactly {@code {"timelineId", "coveredPosition", "coveredHash", "keyId", "signature"}}
 *       ({@link Checkpoint#payload()}), where {@code coveredPosition}/{@code coveredHash} are the position and hash of
 *       the entry just before the checkpoint entry, and {@code signature} is
 *       {@link CheckpointSignature#sign CheckpointSignature.sign(key, timelineId, coveredPosition, coveredHash)}.</li>
 * </ul>
 *
 * <p>{@link #check} checks one checkpoint entry in a chain, in this order: the payload is a checkpoint and names a key
 * that is known ({@code checkpoint-key-unknown} otherwise), its signature verifies with that key
 * ({@code checkpoint-signature-invalid}), and it covers the entry just before it in this timeline with the hash the
 * chain re-computes there ({@code checkpoint-mismatch}: the chain was re-computed after a change). {@link ChainVerifier}
 * calls it for every entry of type {@value #TYPE} when it is given a key lookup; it also compares the chain with the
 * checkpoints recorded outside it ({@link Recorded}: {@code checkpoint-missing}, {@code truncated}).
 */
public final class CheckpointCheck {

    /** The CloudEvents type of a checkpoint entry. */
    public static final String TYPE = "de.sozialraum.reporting.TimelineCheckpoint.v1";

    private CheckpointCheck() {
    }

    /** The deterministic event id of the checkpoint covering {@code coveredPosition}: a second attempt collides. */
    public static String eventId(String timelineId, long coveredPosition) {
        return "checkpoint:" + timelineId + ":" + coveredPosition;
    }

    public static boolean isCheckpoint(ChainEntry entry) {
        return TYPE.equals(entry.type());
    }

    /**
     * Checks the checkpoint entry {@code entry} of the timeline {@code timelineId}, which the chain has reached:
     * {@code chainHashBefore} is the hash the chain re-computed for the entry at {@code entry.position() - 1}.
     *
     * @param keys the public key for a key id, or {@code null} for an unknown id
     * @return {@code null} if the checkpoint holds, otherwise the break at the checkpoint's position
     */
    public static ChainVerifier.Break check(ChainEntry entry, String timelineId, String chainHashBefore, Function<String, PublicKey> keys) {
        long position = entry.position();
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.fromPayload(entry.payload());
        } catch (IllegalArgumentException e) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_SIGNATURE_INVALID, "a signed checkpoint", e.getMessage());
        }
        PublicKey key = keys.apply(checkpoint.keyId());
        if (key == null) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_KEY_UNKNOWN, "a known key", checkpoint.keyId());
        }
        if (!checkpoint.verifies(key)) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_SIGNATURE_INVALID,
                    "a signature by key " + checkpoint.keyId(), checkpoint.signature());
        }
        if (!checkpoint.timelineId().equals(timelineId)) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_MISMATCH, timelineId, checkpoint.timelineId());
        }
        if (checkpoint.coveredPosition() != position - 1) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_MISMATCH,
                    Long.toString(position - 1), Long.toString(checkpoint.coveredPosition()));
        }
        if (!checkpoint.coveredHash().equals(chainHashBefore)) {
            return new ChainVerifier.Break(position, ChainVerifier.Problem.CHECKPOINT_MISMATCH, chainHashBefore, checkpoint.coveredHash());
        }
        return null;
    }

    /**
     * The content of a checkpoint: "the chain of {@code timelineId}, up to and including {@code coveredPosition}, ends in
     * {@code coveredHash}", signed with the key {@code keyId}.
     */
    public record Checkpoint(String timelineId, long coveredPosition, String coveredHash, String keyId, String signature) {

        public Checkpoint {
            Objects.requireNonNull(timelineId, "timelineId");
            Objects.requireNonNull(coveredHash, "coveredHash");
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(signature, "signature");
        }

        /** Signs the statement with {@code key}. */
        public static Checkpoint sign(PrivateKey key, String keyId, String timelineId, long coveredPosition, String coveredHash) {
            return new Checkpoint(timelineId, coveredPosition, coveredHash, keyId,
                    CheckpointSignature.sign(key, timelineId, coveredPosition, coveredHash));
        }

        /** Whether the signature is {@code key}'s signature of the statement. */
        public boolean verifies(PublicKey key) {
            return CheckpointSignature.verify(key, timelineId, coveredPosition, coveredHash, signature);
        }

        /** The payload of the checkpoint entry: exactly these five members. */
        public Map<String, Object> payload() {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("timelineId", timelineId);
            payload.put("coveredPosition", coveredPosition);
            payload.put("coveredHash", coveredHash);
            payload.put("keyId", keyId);
            payload.put("signature", signature);
            return payload;
        }

        /**
         * Reads a checkpoint entry's payload; refuses (with {@link IllegalArgumentException}) one that lacks a member,
         * has one of the wrong type, a covered position that is no whole number, or further members.
         */
        public static Checkpoint fromPayload(Map<String, ?> payload) {
            if (payload == null) {
                throw new IllegalArgumentException("no payload");
            }
            if (payload.size() != 5) {
                throw new IllegalArgumentException("a checkpoint has exactly 5 members, not " + payload.keySet());
            }
            Object position = payload.get("coveredPosition");
            if (!(position instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new IllegalArgumentException("coveredPosition is no whole number: " + position);
            }
            return new Checkpoint(string(payload, "timelineId"), number.longValue(), string(payload, "coveredHash"),
                    string(payload, "keyId"), string(payload, "signature"));
        }

        private static String string(Map<String, ?> payload, String name) {
            if (!(payload.get(name) instanceof String value)) {
                throw new IllegalArgumentException(name + " is missing or no string");
            }
            return value;
        }
    }

    /**
     * A checkpoint as recorded outside the chain (by reporting in its collection {@code timeline_checkpoints}, in an
     * export bundle next to the entries): the chain must hold exactly this checkpoint entry at {@code position}.
     *
     * @param position the position of the checkpoint entry itself ({@code checkpoint.coveredPosition() + 1})
     */
    public record Recorded(long position, Checkpoint checkpoint) {
    }
}
