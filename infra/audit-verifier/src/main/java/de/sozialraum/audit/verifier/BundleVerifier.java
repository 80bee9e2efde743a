package de.sozialraum.audit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a timeline bundle (docs/audit.md) with no server, in this order:
 * <ol>
 *   <li>the entries form an intact hash chain from position 1 on ({@link ChainVerifier}, the same code the
 *       server verifies with) — the first break is named with its position;</li>
 *   <li>every checkpoint entry covers the entry just before it, names that entry's hash, and carries a valid
 *       Ed25519 signature — by one of the keys the auditor gave, if any, otherwise by the bundle's own key of that
 *       id ({@link CheckpointCheck}, the same check the server makes);</li>
 *   <li>the manifest's counts and head hash are those of the entries;</li>
 *   <li>the files' SHA-256 are those the manifest names.</li>
 * </ol>
 * Reads the entries once, keeping only the checkpoint entries (one per many entries) and the hash before each.
 */
public final class BundleVerifier {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // doubles, as JCS reads numbers
            .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // one line must not mean two things
            .build();

    private BundleVerifier() {
    }

    /** Verifies the bundle, checkpoints against the bundle's own keys only. */
    public static Verdict verify(Path bundle) {
        return verify(bundle, List.of());
    }

    /**
     * Verifies the bundle; if {@code trustedKeys} is not empty, every checkpoint must be signed by one of them — keys
     * the auditor obtained independently of the bundle.
     */
    public static Verdict verify(Path bundle, List<PublicKey> trustedKeys) {
        try (ZipFile zip = new ZipFile(bundle.toFile(), UTF_8)) {
            return verify(zip, trustedKeys);
        } catch (ZipException e) {
            return unreadable("Die Datei ist kein lesbares Zip-Archiv (" + e.getMessage() + ").",
                    "The file is no readable zip archive (" + e.getMessage() + ").");
        } catch (IOException e) {
            return unreadable("Die Datei kann nicht gelesen werden (" + e + ").", "The file cannot be read (" + e + ").");
        }
    }

    private static Verdict verify(ZipFile zip, List<PublicKey> trustedKeys) throws IOException {
        ZipEntry manifestFile = zip.getEntry(BundleFormat.MANIFEST);
        if (manifestFile == null) {
            return unreadable("Das Archiv enthält kein " + BundleFormat.MANIFEST + ": es ist kein Zeitleisten-Bündel.",
                    "The archive holds no " + BundleFormat.MANIFEST + ": it is no timeline bundle.");
        }
        Map<String, Object> manifest;
        try (InputStream in = zip.getInputStream(manifestFile)) {
            manifest = object(JSON.readValue(in, Object.class), BundleFormat.MANIFEST);
        } catch (JacksonException | IllegalArgumentException e) {
            return unreadable(BundleFormat.MANIFEST + " ist kein JSON-Objekt.", BundleFormat.MANIFEST + " is no JSON object.");
        }
        if (!BundleFormat.FORMAT.equals(manifest.get("format"))) {
            return unreadable("Unbekanntes Format " + manifest.get("format") + " (erwartet " + BundleFormat.FORMAT + ").",
                    "Unknown format " + manifest.get("format") + " (expected " + BundleFormat.FORMAT + ").");
        }
        String timelineId = String.valueOf(manifest.get("timelineId"));
        List<Verdict.Finding> findings = new ArrayList<>();

        Map<String, PublicKey> bundleKeys = bundleKeys(zip, findings);

        ZipEntry entriesFile = zip.getEntry(BundleFormat.ENTRIES);
        Chain chain = entriesFile == null ? null : chain(zip, entriesFile);
        if (chain == null) {
            findings.add(new Verdict.Finding("file-missing", null, "Das Bündel enthält kein " + BundleFormat.ENTRIES + ".",
                    "The bundle holds no " + BundleFormat.ENTRIES + "."));
        } else if (!chain.result.verified()) {
            findings.add(chainFinding(chain.result.firstBreak()));
        } else if (chain.result.verifiedEntries() == 0) {
            findings.add(new Verdict.Finding("entries-empty", null, "Das Bündel enthält keine Einträge.", "The bundle holds no entries."));
        }

        long signedUpTo = 0;
        if (chain != null) {
            for (Checkpoint checkpoint : chain.checkpoints) {
                Verdict.Finding problem = check(checkpoint, timelineId, bundleKeys, trustedKeys);
                if (problem != null) {
                    findings.add(problem);
                } else {
                    signedUpTo = Math.max(signedUpTo, checkpoint.entry().position() - 1);
                }
            }
        }

        if (chain != null && chain.result.verified()) {
            compare(findings, "entries", manifest.get("entries"), chain.result.verifiedEntries());
            compare(findings, "firstPosition", manifest.get("firstPosition"), chain.result.verifiedEntries() == 0 ? 0L : 1L);
            compare(findings, "lastPosition", manifest.get("lastPosition"), chain.result.verifiedEntries());
            compare(findings, "headHash", manifest.get("headHash"), chain.result.headHash());
        }

        fileHashes(zip, manifest, findings);

        boolean trusted = !trustedKeys.isEmpty();
        if (findings.isEmpty()) {
            return new Verdict(Verdict.Outcome.VALID, timelineId, chain.result.verifiedEntries(), chain.result.headHash(), signedUpTo,
                    trusted, List.of());
        }
        return new Verdict(Verdict.Outcome.INVALID, timelineId, chain == null ? 0 : chain.result.verifiedEntries(), null, signedUpTo,
                trusted, findings);
    }

    // ---- the chain -------------------------------------------------------------------------------------------

    private record Chain(ChainVerifier.Result result, List<Checkpoint> checkpoints) {
    }

    /** A checkpoint entry of the chain and the hash of the entry before it, which it must cover. */
    private record Checkpoint(ChainEntry entry, String hashBefore) {
    }

    private static Chain chain(ZipFile zip, ZipEntry file) throws IOException {
        ChainVerifier verifier = new ChainVerifier();
        List<Checkpoint> checkpoints = new ArrayList<>();
        String hashBefore = null;
        try (BufferedReader lines = reader(zip, file)) {
            String line;
            long number = 0;
            while ((line = readLine(lines, verifier, number + 1)) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ChainEntry entry;
                try {
                    entry = chainEntry(object(JSON.readValue(line, Object.class), "line " + number));
                } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
                    verifier.unreadable("line " + number + ": " + firstLine(e.getMessage()));
                    break;
                }
                if (!verifier.accept(entry)) {
                    break;
                }
                if (CheckpointCheck.isCheckpoint(entry)) {
                    checkpoints.add(new Checkpoint(entry, hashBefore));
                }
                hashBefore = entry.hash(); // verified: the chain's hash of this entry
            }
        }
        return new Chain(verifier.result(), checkpoints);
    }

    /** A JSON text read as the verifier reads it: objects as maps, integers as Integer/Long/BigInteger, fractions as doubles. */
    static Object parse(String json) {
        return JSON.readValue(json, Object.class);
    }

    /** A line, or {@code null} at the end; text that is no UTF-8 makes the entry unreadable. */
    private static String readLine(BufferedReader lines, ChainVerifier verifier, long number) throws IOException {
        try {
            return lines.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            verifier.unreadable("line " + number + ": no UTF-8");
            return null;
        }
    }

    /** One line of entries.jsonl as the chain sees it; the informational members are not looked at. */
    static ChainEntry chainEntry(Map<String, Object> line) {
        Object actor = line.get("actor");
        ChainEntry.Actor chainActor = null;
        if (actor != null) {
            Map<String, Object> members = object(actor, "actor");
            chainActor = new ChainEntry.Actor(optionalText(members, "id"), optionalText(members, "name"),
                    optionalText(members, "role"), optionalText(members, "department"));
        }
        return new ChainEntry(
                integral(line.get("position"), "position"),
                text(line, "eventId"),
                text(line, "type"),
                Instant.parse(text(line, "time")),
                chainActor,
                object(line.get("payload"), "payload"),
                optionalText(line, "previousHash"),
                optionalText(line, "hash"));
    }

    private static Verdict.Finding chainFinding(ChainVerifier.Break broken) {
        long p = broken.position();
        String code = broken.problem().code();
        return switch (broken.problem()) {
            case POSITION_UNEXPECTED -> new Verdict.Finding(code, p,
                    "Als nächster Eintrag war Position " + broken.expected() + " zu erwarten, im Bündel steht Position " + broken.found()
                            + ": ein Eintrag wurde gelöscht oder eingefügt.",
                    "Position " + broken.expected() + " was expected next, the bundle holds position " + broken.found()
                            + ": an entry was deleted or inserted.");
            case HASH_MISSING -> new Verdict.Finding(code, p, "Der Eintrag an Position " + p + " hat keinen Hash.",
                    "The entry at position " + p + " has no hash.");
            case PREVIOUS_HASH_MISMATCH -> new Verdict.Finding(code, p,
                    "Der Eintrag an Position " + p + " verweist nicht auf den Eintrag an Position " + (p - 1)
                            + " davor: Einträge wurden vertauscht, gelöscht oder eingefügt (erwartet " + broken.expected() + ", gefunden " + broken.found() + ").",
                    "The entry at position " + p + " does not link to the entry at position " + (p - 1)
                            + " before it: entries were swapped, deleted or inserted (expected " + broken.expected() + ", found " + broken.found() + ").");
            case HASH_MISMATCH -> new Verdict.Finding(code, p,
                    "Der Inhalt des Eintrags an Position " + p + " passt nicht zu seinem Hash: der Eintrag wurde nachträglich verändert (berechnet "
                            + broken.expected() + ", gespeichert " + broken.found() + ").",
                    "The content of the entry at position " + p + " does not match its hash: the entry was changed afterwards (computed "
                            + broken.expected() + ", stored " + broken.found() + ").");
            case ENTRY_UNREADABLE -> new Verdict.Finding(code, p,
                    "Der Eintrag an Position " + p + " ist nicht lesbar (" + broken.found() + ").",
                    "The entry at position " + p + " cannot be read (" + broken.found() + ").");
            case CHECKPOINT_KEY_UNKNOWN -> new Verdict.Finding(code, p,
                    "Der Schlüssel " + broken.found() + " des Prüfpunkts an Position " + p + " ist nicht bekannt.",
                    "The key " + broken.found() + " of the checkpoint at position " + p + " is not known.");
            case CHECKPOINT_SIGNATURE_INVALID -> new Verdict.Finding(code, p,
                    "Der Prüfpunkt an Position " + p + " trägt keine gültige Signatur (" + broken.found() + ").",
                    "The checkpoint at position " + p + " carries no valid signature (" + broken.found() + ").");
            case CHECKPOINT_MISMATCH -> new Verdict.Finding(code, p,
                    "Der Prüfpunkt an Position " + p + " bestätigt " + broken.found() + ", die Kette hat " + broken.expected()
                            + ": die Kette wurde nach der Signatur neu berechnet, oder der Prüfpunkt gehört nicht hierher.",
                    "The checkpoint at position " + p + " confirms " + broken.found() + ", the chain has " + broken.expected()
                            + ": the chain was re-computed after it was signed, or the checkpoint does not belong here.");
            default -> new Verdict.Finding(code, p, // problems a later audit-chain may know
                    "Die Kette bricht an Position " + p + " (erwartet " + broken.expected() + ", gefunden " + broken.found() + ").",
                    "The chain breaks at position " + p + " (expected " + broken.expected() + ", found " + broken.found() + ").");
        };
    }

    // ---- checkpoints -----------------------------------------------------------------------------------------

    /**
     * With keys the auditor gave, a checkpoint must be signed by one of them; one signed only by the bundle's own key of
     * its id is {@code checkpoint-key-not-trusted} (a forger can put any key into a bundle). Without, the bundle's keys.
     */
    private static Verdict.Finding check(Checkpoint checkpoint, String timelineId, Map<String, PublicKey> bundleKeys,
                                         List<PublicKey> trustedKeys) {
        ChainVerifier.Break byBundle = CheckpointCheck.check(checkpoint.entry(), timelineId, checkpoint.hashBefore(), bundleKeys::get);
        if (trustedKeys.isEmpty()) {
            return byBundle == null ? null : chainFinding(byBundle);
        }
        ChainVerifier.Break byTrusted = null;
        for (PublicKey key : trustedKeys) {
            byTrusted = CheckpointCheck.check(checkpoint.entry(), timelineId, checkpoint.hashBefore(), keyId -> key);
            if (byTrusted == null) {
                return null;
            }
        }
        if (byBundle == null) {
            long p = checkpoint.entry().position();
            Object keyId = checkpoint.entry().payload().get("keyId");
            return new Verdict.Finding("checkpoint-key-not-trusted", p,
                    "Der Prüfpunkt ist mit dem Schlüssel " + keyId + " aus dem Bündel signiert, aber nicht mit dem angegebenen Schlüssel: das Bündel kann gefälscht sein.",
                    "The checkpoint is signed with key " + keyId + " from the bundle, but not with the key given: the bundle may be forged.");
        }
        return chainFinding(byTrusted);
    }

    /** The keys in public-keys.json by id; what cannot be read is a finding (and its checkpoints then fail). */
    private static Map<String, PublicKey> bundleKeys(ZipFile zip, List<Verdict.Finding> findings) throws IOException {
        ZipEntry file = zip.getEntry(BundleFormat.PUBLIC_KEYS);
        if (file == null) {
            findings.add(new Verdict.Finding("file-missing", null, "Das Bündel enthält kein " + BundleFormat.PUBLIC_KEYS + ".",
                    "The bundle holds no " + BundleFormat.PUBLIC_KEYS + "."));
            return Map.of();
        }
        try (InputStream in = zip.getInputStream(file)) {
            return publicKeys(in.readAllBytes());
        } catch (JacksonException | IllegalArgumentException e) {
            findings.add(new Verdict.Finding("public-keys-unreadable", null,
                    BundleFormat.PUBLIC_KEYS + " ist nicht lesbar (" + firstLine(e.getMessage()) + ").",
                    BundleFormat.PUBLIC_KEYS + " cannot be read (" + firstLine(e.getMessage()) + ")."));
            return Map.of();
        }
    }

    /** Keys in the published form {@code [{"keyId", "algorithm": "Ed25519", "publicKey": "<Base64 X.509>"}]}, by id. */
    public static Map<String, PublicKey> publicKeys(byte[] json) {
        Object value = JSON.readValue(json, Object.class);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("not a list of keys");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (Object element : list) {
            Map<String, Object> key = object(element, "key");
            if (!CheckpointSignature.ALGORITHM.equals(key.get("algorithm"))) {
                throw new IllegalArgumentException("key " + key.get("keyId") + ": algorithm " + key.get("algorithm") + " is not " + CheckpointSignature.ALGORITHM);
            }
            keys.put(text(key, "keyId"), CheckpointSignature.publicKey(text(key, "publicKey")));
        }
        return keys;
    }

    // ---- manifest --------------------------------------------------------------------------------------------

    private static void compare(List<Verdict.Finding> findings, String member, Object stated, Object actual) {
        Object comparable = stated instanceof Number number && actual instanceof Long ? (Object) number.longValue() : stated;
        if (!actual.equals(comparable)) {
            findings.add(new Verdict.Finding("manifest-mismatch", null,
                    "Das Manifest nennt " + member + " = " + stated + ", die Einträge ergeben " + actual + ".",
                    "The manifest states " + member + " = " + stated + ", the entries give " + actual + "."));
        }
    }

    private static void fileHashes(ZipFile zip, Map<String, Object> manifest, List<Verdict.Finding> findings) throws IOException {
        Map<String, Object> files;
        try {
            files = object(manifest.get("files"), "files");
        } catch (IllegalArgumentException e) {
            findings.add(new Verdict.Finding("manifest-mismatch", null, "Das Manifest nennt keine Dateien.", "The manifest lists no files."));
            return;
        }
        for (String name : List.of(BundleFormat.ENTRIES, BundleFormat.PUBLIC_KEYS)) {
            ZipEntry file = zip.getEntry(name);
            if (file == null) {
                continue; // reported already
            }
            Object stated = files.get(name) instanceof Map<?, ?> described ? described.get("sha256") : null;
            String actual = sha256(zip, file);
            if (!actual.equals(stated)) {
                findings.add(new Verdict.Finding("file-hash-mismatch", null,
                        "Die Datei " + name + " hat den SHA-256 " + actual + ", das Manifest nennt " + stated + ".",
                        "The file " + name + " has SHA-256 " + actual + ", the manifest states " + stated + "."));
            }
        }
    }

    private static String sha256(ZipFile zip, ZipEntry file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = zip.getInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return hex(digest.digest());
    }

    static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    private static BufferedReader reader(ZipFile zip, ZipEntry file) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(file),
                UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " is no JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> object, String member) {
        String value = optionalText(object, member);
        if (value == null) {
            throw new IllegalArgumentException(member + " is missing");
        }
        return value;
    }

    private static String optionalText(Map<String, Object> object, String member) {
        Object value = object.get(member);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(member + " is no string");
        }
        return (String) value;
    }

    private static long integral(Object value, String member) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException(member + " is no integer: " + value);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static Verdict unreadable(String german, String english) {
        return new Verdict(Verdict.Outcome.UNREADABLE, null, 0, null, 0, false, List.of(new Verdict.Finding("bundle-unreadable", null, german, english)));
    }
}
