package de.sozialraum.audit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;

import de.sozialraum.audit.CheckpointSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final KeyPair signer = CheckpointSignature.generateKeyPair();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void exitCodesAreZeroForValidOneForInvalidTwoForUnreadableAndWrongUsage() throws IOException {
        TestBundle bundle = TestBundle.withEntries(3);
        Path valid = bundle.write(dir.resolve("valid.zip"));
        bundle.lines.set(1, bundle.lines.get(1).replace("\"n\":2,", "\"n\":3,"));
        Path invalid = bundle.write(dir.resolve("invalid.zip"));

        assertThat(run(valid.toString())).isZero();
        assertThat(output()).startsWith("GÜLTIG — 3 Einträge");
        assertThat(run(invalid.toString())).isEqualTo(1);
        assertThat(output()).startsWith("UNGÜLTIG — Eintrag 2: hash-mismatch").contains("INVALID — entry 2: hash-mismatch");
        assertThat(run(dir.resolve("none.zip").toString())).isEqualTo(2);
        assertThat(output()).startsWith("NICHT LESBAR");
        assertThat(run()).isEqualTo(2);
        assertThat(run(valid.toString(), "--unknown")).isEqualTo(2);
        assertThat(run(valid.toString(), "--public-key", "not-a-key")).isEqualTo(2);
        assertThat(run("--help")).isZero();
    }

    @Test
    void theKeyIsTakenAsBase64AsPemFileOrAsThePublishedKeyList() throws IOException {
        Path zip = TestBundle.withEntries(2).checkpoint(signer.getPrivate(), "k1").key("k1", signer.getPublic()).write(dir.resolve("b.zip"));
        String base64 = CheckpointSignature.encode(signer.getPublic());
        Path pem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(UTF_8)).encodeToString(signer.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Path list = Files.writeString(dir.resolve("keys.json"), "[{\"keyId\":\"k1\",\"algorithm\":\"Ed25519\",\"publicKey\":\"" + base64 + "\"}]");
        String other = CheckpointSignature.encode(CheckpointSignature.generateKeyPair().getPublic());

        assertThat(run(zip.toString(), "--public-key", base64)).isZero();
        assertThat(output()).contains("signiert bis Position 2 mit dem angegebenen Schlüssel");
        assertThat(run(zip.toString(), "--public-key", pem.toString())).isZero();
        assertThat(run(zip.toString(), "--public-key=" + list)).isZero();
        assertThat(run(zip.toString(), "--public-key", other)).isEqualTo(1);
        assertThat(output()).contains("checkpoint-key-not-trusted");
    }

    private int run(String... args) {
        out.reset();
        PrintStream print = new PrintStream(out, true, UTF_8);
        return Main.run(args, print, print);
    }

    private String output() {
        return out.toString(UTF_8);
    }
}
