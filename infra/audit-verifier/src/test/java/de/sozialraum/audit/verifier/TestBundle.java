package de.sozialraum.audit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.audit.Jcs;

/** Builds timeline bundles in tests, as reporting's export writes them (docs/audit.md). */
final class TestBundle {

    final String timelineId;
    final List<String> lines = new ArrayList<>();
    final List<Map<String, Object>> keys = new ArrayList<>();
    private long count;
    private String head = EntryHash.GENESIS;
    private Instant time = Instant.parse("2026-11-26T08:00:00.123Z");

    TestBundle() {
        this(UUID.randomUUID().toString());
    }

    TestBundle(String timelineId) {
        this.timelineId = timelineId;
    }

    static TestBundle withEntries(int count) {
        TestBundle bundle = new TestBundle();
        for (int n = 1; n <= count; n++) {
            bundle.entry("de.sozialraum.test.Numbered.v1", Map.of("n", n, "share", n / 8.0));
        }
        return bundle;
    }

    TestBundle entry(String type, Map<String, ?> payload) {
        time = time.plusMillis(1500);
        ChainEntry entry = new ChainEntry(count + 1, UUID.randomUUID().toString(), type, time,
                new ChainEntry.Actor("u-1", "Sabine Brandt", "STABSSTELLE", null), payload, head, null);
        String hash = EntryHash.of(entry, head);
        StringBuilder line = new StringBuilder("{\"position\":").append(entry.position())
                .append(",\"eventId\":").append(Jcs.canonicalize(entry.eventId()))
                .append(",\"type\":").append(Jcs.canonicalize(type))
                .append(",\"time\":\"").append(EntryHash.time(time)).append('"')
                .append(",\"actor\":{\"id\":\"u-1\",\"name\":\"Sabine Brandt\",\"role\":\"STABSSTELLE\"}")
                .append(",\"payload\":").append(Jcs.canonicalize(payload))
                .append(",\"previousHash\":\"").append(head).append('"')
                .append(",\"hash\":\"").append(hash).append('"')
                .append(",\"source\":\"/test\",\"timelineId\":\"").append(timelineId).append("\",\"kommune\":\"16053\"}");
        lines.add(line.toString());
        count++;
        head = hash;
        return this;
    }

    /** A checkpoint covering the entries so far, signed with {@code key}. */
    TestBundle checkpoint(PrivateKey key, String keyId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("timelineId", timelineId);
        payload.put("coveredPosition", count);
        payload.put("coveredHash", head);
        payload.put("keyId", keyId);
        payload.put("signature", CheckpointSignature.sign(key, timelineId, count, head));
        return entry(CheckpointCheck.TYPE, payload);
    }

    TestBundle key(String keyId, PublicKey key) {
        keys.add(Map.of("keyId", keyId, "algorithm", "Ed25519", "publicKey", CheckpointSignature.encode(key)));
        return this;
    }

    String entriesText() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    String keysText() {
        return Jcs.canonicalize(keys);
    }

    /** The manifest of the entries as built, with the SHA-256 of the given texts. */
    Map<String, Object> manifest(String entriesText, String keysText) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", BundleFormat.FORMAT);
        manifest.put("timelineId", timelineId);
        manifest.put("kommune", "16053");
        manifest.put("entries", count);
        manifest.put("firstPosition", 1);
        manifest.put("lastPosition", count);
        manifest.put("headHash", head);
        manifest.put("exportedAt", "2026-11-26T09:00:00Z");
        manifest.put("exportedBy", Map.of("id", "pruefung", "name", "Petra Prüfer"));
        manifest.put("files", Map.of(
                BundleFormat.ENTRIES, Map.of("sha256", sha256(entriesText), "bytes", entriesText.getBytes(UTF_8).length),
                BundleFormat.PUBLIC_KEYS, Map.of("sha256", sha256(keysText), "bytes", keysText.getBytes(UTF_8).length)));
        return manifest;
    }

    /** The bundle as built, with the current lines (a manifest that matches them). */
    Path write(Path zip) throws IOException {
        return write(zip, entriesText(), keysText(), manifest(entriesText(), keysText()));
    }

    static Path write(Path zip, String entriesText, String keysText, Map<String, Object> manifest) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file, UTF_8)) {
            add(out, BundleFormat.ENTRIES, entriesText);
            add(out, BundleFormat.PUBLIC_KEYS, keysText);
            add(out, BundleFormat.MANIFEST, Jcs.canonicalize(manifest));
        }
        return zip;
    }

    private static void add(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(UTF_8));
        out.closeEntry();
    }

    static String sha256(String text) {
        try {
            return BundleVerifier.hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
