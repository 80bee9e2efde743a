package de.sozialraum.audit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.Jcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {

    @TempDir
    Path dir;

    private final KeyPair signer = CheckpointSignature.generateKeyPair();

    @Test
    void anIntactBundleIsValid() throws IOException {
        TestBundle bundle = TestBundle.withEntries(5);

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.entries()).isEqualTo(5);
        assertThat(verdict.headHash()).isEqualTo(hashOfLine(bundle.lines.get(4)));
        assertThat(verdict.signedUpTo()).isZero();
        assertThat(verdict.lines().get(0)).startsWith("GÜLTIG — 5 Einträge der Zeitleiste " + bundle.timelineId).contains("nicht signiert");
        assertThat(verdict.lines().get(1)).startsWith("VALID — 5 entries").contains("not signed");
        assertThat(verdict.lines()).anyMatch(line -> line.contains("Kein Eintrag ist durch eine Signatur gedeckt"));
    }

    @Test
    void checkpointsSignedByTheGivenKeyAreReportedAsSignedUpToTheirPosition() throws IOException {
        TestBundle bundle = TestBundle.withEntries(3).checkpoint(signer.getPrivate(), "k1");
        bundle.entry("de.sozialraum.test.Numbered.v1", Map.of("n", 5)).checkpoint(signer.getPrivate(), "k1")
                .entry("de.sozialraum.test.Numbered.v1", Map.of("n", 7)).key("k1", signer.getPublic());
        Path zip = bundle.write(dir.resolve("b.zip"));

        Verdict trusted = BundleVerifier.verify(zip, List.of(signer.getPublic()));
        assertThat(trusted.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(trusted.entries()).isEqualTo(7);
        assertThat(trusted.signedUpTo()).isEqualTo(5);
        assertThat(trusted.lines().get(0)).contains("signiert bis Position 5 mit dem angegebenen Schlüssel");
        assertThat(trusted.lines()).anyMatch(line -> line.contains("Die Einträge nach Position 5 sind durch keine Signatur gedeckt"));

        Verdict bundleKeysOnly = BundleVerifier.verify(zip);
        assertThat(bundleKeysOnly.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(bundleKeysOnly.lines().get(1)).contains("signed up to position 5 (checked with the bundle's own keys only)");
        assertThat(bundleKeysOnly.lines()).anyMatch(line -> line.contains("prove nothing against a forger"));
    }

    @Test
    void anEditedPayloadIsNamedWithItsPosition() throws IOException {
        TestBundle bundle = TestBundle.withEntries(5);
        bundle.lines.set(2, bundle.lines.get(2).replace("\"n\":3,", "\"n\":30,"));

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip"))); // the manifest re-computed: only the chain tells

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.firstFinding().code()).isEqualTo("hash-mismatch");
        assertThat(verdict.firstFinding().position()).isEqualTo(3);
        assertThat(verdict.entries()).isEqualTo(2);
        assertThat(verdict.lines().get(0)).startsWith("UNGÜLTIG — Eintrag 3: hash-mismatch: Der Inhalt des Eintrags an Position 3");
        assertThat(verdict.lines().get(1)).startsWith("INVALID — entry 3: hash-mismatch");
    }

    @Test
    void aDeletedLineIsFoundWhereTheGapIs() throws IOException {
        TestBundle bundle = TestBundle.withEntries(5);
        bundle.lines.remove(2);

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("position-unexpected", 3L);
    }

    @Test
    void swappedLinesAreFoundAtTheFirstOfThem() throws IOException {
        TestBundle bundle = TestBundle.withEntries(5);
        Collections.swap(bundle.lines, 1, 3);

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("position-unexpected", 2L);
    }

    @Test
    void aSwappedAndRenumberedPairIsFoundByItsLink() throws IOException {
        TestBundle bundle = TestBundle.withEntries(5);
        String second = bundle.lines.get(1).replace("{\"position\":2,", "{\"position\":3,");
        String third = bundle.lines.get(2).replace("{\"position\":3,", "{\"position\":2,");
        bundle.lines.set(1, third);
        bundle.lines.set(2, second);

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("previous-hash-mismatch", 2L);
    }

    @Test
    void aFileThatDoesNotMatchTheManifestIsInvalid() throws IOException {
        TestBundle bundle = TestBundle.withEntries(3);
        Map<String, Object> manifest = bundle.manifest(bundle.entriesText(), bundle.keysText());
        String reformatted = bundle.entriesText().replace("{\"position\":2,", "{ \"position\":2,"); // same JSON, other bytes

        Verdict verdict = BundleVerifier.verify(TestBundle.write(dir.resolve("b.zip"), reformatted, bundle.keysText(), manifest));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("file-hash-mismatch");
            assertThat(finding.position()).isNull();
            assertThat(finding.english()).contains("entries.jsonl");
        });
    }

    @Test
    void aManifestThatClaimsMoreEntriesThanTheBundleHoldsIsInvalid() throws IOException {
        TestBundle bundle = TestBundle.withEntries(4);
        Map<String, Object> manifest = bundle.manifest(bundle.entriesText(), bundle.keysText());
        bundle.lines.remove(3); // the tail cut off, the file hashes fixed, the counts not
        Map<String, Object> truncated = new LinkedHashMap<>(manifest);
        truncated.put("files", bundle.manifest(bundle.entriesText(), bundle.keysText()).get("files"));

        Verdict verdict = BundleVerifier.verify(TestBundle.write(dir.resolve("b.zip"), bundle.entriesText(), bundle.keysText(), truncated));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.findings()).extracting(Verdict.Finding::code).containsOnly("manifest-mismatch").hasSize(3); // entries, lastPosition, headHash
    }

    @Test
    void aCheckpointWithABadSignatureIsInvalid() throws IOException {
        TestBundle bundle = TestBundle.withEntries(3).key("k1", signer.getPublic());
        Map<String, Object> forged = checkpointPayload(bundle, 3, hashOfLine(bundle.lines.get(2)), "k1",
                CheckpointSignature.sign(signer.getPrivate(), bundle.timelineId, 2, hashOfLine(bundle.lines.get(1)))); // signs another statement
        bundle.entry(CheckpointCheck.TYPE, forged);

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("checkpoint-signature-invalid", 4L);
    }

    @Test
    void aChainRecomputedAfterAnEditNoLongerMatchesTheOldCheckpoint() throws IOException {
        TestBundle honest = TestBundle.withEntries(3).checkpoint(signer.getPrivate(), "k1").key("k1", signer.getPublic());
        String oldCheckpoint = honest.lines.get(3);

        // a forger edits entry 2 and re-computes the chain, keeping the signed checkpoint as it was
        TestBundle forged = new TestBundle(honest.timelineId);
        forged.entry("de.sozialraum.test.Numbered.v1", Map.of("n", 1, "share", 0.125))
                .entry("de.sozialraum.test.Numbered.v1", Map.of("n", 20, "share", 0.25))
                .entry("de.sozialraum.test.Numbered.v1", Map.of("n", 3, "share", 0.375))
                .key("k1", signer.getPublic());
        forged.entry(CheckpointCheck.TYPE, payloadOf(oldCheckpoint));

        Verdict verdict = BundleVerifier.verify(forged.write(dir.resolve("b.zip")));

        assertThat(BundleVerifier.verify(honest.write(dir.resolve("honest.zip"))).outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.findings()).singleElement()
                .extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("checkpoint-mismatch", 4L);
    }

    @Test
    void aCheckpointSignedByAnotherKeyThanTheGivenOneIsInvalid() throws IOException {
        // a forger re-computes the chain and signs it with a key of their own, which they put into the bundle
        KeyPair forger = CheckpointSignature.generateKeyPair();
        TestBundle bundle = TestBundle.withEntries(3).checkpoint(forger.getPrivate(), "k1").key("k1", forger.getPublic());
        Path zip = bundle.write(dir.resolve("b.zip"));

        assertThat(BundleVerifier.verify(zip).outcome()).isEqualTo(Verdict.Outcome.VALID); // the bundle's own keys prove nothing
        Verdict verdict = BundleVerifier.verify(zip, List.of(signer.getPublic()));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("checkpoint-key-not-trusted", 4L);
    }

    @Test
    void aCheckpointWhoseKeyIsNotInTheBundleIsInvalid() throws IOException {
        TestBundle bundle = TestBundle.withEntries(2).checkpoint(signer.getPrivate(), "k1");

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("checkpoint-key-unknown", 3L);
        assertThat(BundleVerifier.verify(dir.resolve("b.zip"), List.of(signer.getPublic())).outcome()).isEqualTo(Verdict.Outcome.VALID);
    }

    @Test
    void aLineThatIsNoEntryIsUnreadableAtItsPosition() throws IOException {
        TestBundle bundle = TestBundle.withEntries(3);
        bundle.lines.set(1, bundle.lines.get(1).replace("\"time\":\"", "\"time\":\"yesterday "));

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("entry-unreadable", 2L);
    }

    @Test
    void aLineWithADuplicateMemberIsUnreadable() throws IOException {
        TestBundle bundle = TestBundle.withEntries(2);
        bundle.lines.set(1, bundle.lines.get(1).replace("\"payload\":{", "\"payload\":{\"n\":99,"));

        Verdict verdict = BundleVerifier.verify(bundle.write(dir.resolve("b.zip")));

        assertThat(verdict.firstFinding()).extracting(Verdict.Finding::code, Verdict.Finding::position).containsExactly("entry-unreadable", 2L);
    }

    @Test
    void whatIsNoBundleIsUnreadable() throws IOException {
        Path notAZip = Files.writeString(dir.resolve("x.zip"), "no zip");
        assertThat(BundleVerifier.verify(notAZip).outcome()).isEqualTo(Verdict.Outcome.UNREADABLE);
        assertThat(BundleVerifier.verify(dir.resolve("missing.zip")).outcome()).isEqualTo(Verdict.Outcome.UNREADABLE);

        TestBundle bundle = TestBundle.withEntries(1);
        Map<String, Object> manifest = bundle.manifest(bundle.entriesText(), bundle.keysText());
        manifest.put("format", "something-else/1");
        Verdict verdict = BundleVerifier.verify(TestBundle.write(dir.resolve("b.zip"), bundle.entriesText(), bundle.keysText(), manifest));
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNREADABLE);
        assertThat(verdict.lines().get(0)).startsWith("NICHT LESBAR — Unbekanntes Format something-else/1");
    }

    @Test
    void numbersSurviveTheRoundTripThroughABundleExactlyAsCanonicalised() throws IOException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("share", 0.125);
        payload.put("third", 333333333.33333329);
        payload.put("sum", 0.1 + 0.2);
        payload.put("tiny", 1e-7);
        payload.put("smallest", 5e-324);
        payload.put("huge", 1e30);
        payload.put("negative", -12.5);
        payload.put("population", 24500);
        payload.put("count", 9_007_199_254_740_993L); // beyond 2^53: hashed as the nearest double
        payload.put("twoTo68", BigInteger.TWO.pow(68));
        payload.put("nested", List.of(Map.of("x", 1.5e-6), 2e21, -0.0));
        TestBundle bundle = new TestBundle().entry("de.sozialraum.test.Numbers.v1", payload);

        String canonical = Jcs.canonicalize(payload);
        assertThat(Jcs.canonicalize(BundleVerifier.parse(canonical))).isEqualTo(canonical);
        assertThat(canonical).contains("\"third\":333333333.3333333", "\"sum\":0.30000000000000004", "\"tiny\":1e-7",
                "\"huge\":1e+30", "\"twoTo68\":295147905179352830000", "\"count\":9007199254740992", "2e+21", "0.0000015");
        assertThat(BundleVerifier.verify(bundle.write(dir.resolve("b.zip"))).outcome()).isEqualTo(Verdict.Outcome.VALID);
    }

    private static Map<String, Object> checkpointPayload(TestBundle bundle, long covered, String hash, String keyId, String signature) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("timelineId", bundle.timelineId);
        payload.put("coveredPosition", covered);
        payload.put("coveredHash", hash);
        payload.put("keyId", keyId);
        payload.put("signature", signature);
        return payload;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payloadOf(String line) {
        return new LinkedHashMap<>((Map<String, Object>) ((Map<String, Object>) BundleVerifier.parse(line)).get("payload"));
    }

    @SuppressWarnings("unchecked")
    private static String hashOfLine(String line) {
        return (String) ((Map<String, Object>) BundleVerifier.parse(line)).get("hash");
    }
}
