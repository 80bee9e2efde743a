package de.sozialraum.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of a timeline entry: SHA-256, as 64 lowercase hex digits, of the UTF-8 bytes of the RFC 8785
 * canonical form ({@link Jcs}) of
 * <pre>{"position": …, "eventId": …, "type": …, "time": "yyyy-MM-ddTHH:mm:ss.SSSZ", "actor": {…} or null,
 *  "payload": {…}, "previousHash": …}</pre>
 * — docs/audit.md specifies it completely, with a worked example.
 */
public final class EntryHash {

    /** The "previous hash" of position 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EntryHash() {
    }

    /** The hash of {@code entry} chained to {@code previousHash} (the stored hashes of the entry are ignored). */
    public static String of(ChainEntry entry, String previousHash) {
        return sha256Hex(Jcs.canonicalBytes(canonicalObject(entry, previousHash)));
    }

    /** The hash of {@code entry} chained to the previous hash stored with it. */
    public static String of(ChainEntry entry) {
        return of(entry, entry.previousHash());
    }

    /** The object that is canonicalised and hashed (docs/audit.md). */
    public static Map<String, Object> canonicalObject(ChainEntry entry, String previousHash) {
        if (previousHash == null) {
            throw new IllegalArgumentException("Entry " + entry.position() + " has no previous hash");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("position", entry.position());
        object.put("eventId", entry.eventId());
        object.put("type", entry.type());
        object.put("time", time(entry.time()));
        object.put("actor", actor(entry.actor()));
        object.put("payload", entry.payload());
        object.put("previousHash", previousHash);
        return object;
    }

    /** The time as hashed: UTC, millisecond precision (finer digits are cut off), e.g. {@code 2026-11-26T10:15:30.123Z}. */
    public static String time(Instant time) {
        if (time == null) {
            throw new IllegalArgumentException("An entry without time has no canonical form");
        }
        return TIME.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    private static Map<String, Object> actor(ChainEntry.Actor actor) {
        if (actor == null) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        putIfPresent(object, "id", actor.id());
        putIfPresent(object, "name", actor.name());
        putIfPresent(object, "role", actor.role());
        putIfPresent(object, "department", actor.department());
        return object;
    }

    private static void putIfPresent(Map<String, Object> object, String name, String value) {
        if (value != null) {
            object.put(name, value);
        }
    }

    /** SHA-256 of {@code bytes} as 64 lowercase hex digits. */
    public static String sha256Hex(byte[] bytes) {
        byte[] digest = sha256().digest(bytes);
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
