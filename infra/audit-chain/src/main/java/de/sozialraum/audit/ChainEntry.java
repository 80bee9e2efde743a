package de.sozialraum.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One timeline entry as far as the hash chain is concerned: exactly the fields that are hashed, and the
 * two hashes stored with it.
 *
 * @param position     1, 2, 3 … without gaps
 * @param eventId      the CloudEvents id
 * @param type         the CloudEvents type
 * @param time         when the event happened; hashed at millisecond precision
 * @param actor        who caused it, or {@code null}
 * @param payload      the event's data object as stored
 * @param previousHash the hash stored as the previous entry's ({@link EntryHash#GENESIS} for position 1), or
 *                     {@code null} if none is stored
 * @param hash         the hash stored for this entry, or {@code null} if none is stored
 */
public record ChainEntry(
        long position,
        String eventId,
        String type,
        Instant time,
        Actor actor,
        Map<String, ?> payload,
        String previousHash,
        String hash) {

    /** The attributed actor; members that are {@code null} are left out of the canonical form. */
    public record Actor(String id, String name, String role, String department) {
    }
}
