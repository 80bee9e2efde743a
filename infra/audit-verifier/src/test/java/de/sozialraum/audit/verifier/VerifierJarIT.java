package de.sozialraum.audit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.sozialraum.audit.CheckpointSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command of the README, run as a process on the jar the build packaged: no server, nothing but the jar. */
class VerifierJarIT {

    static final Path JAR = Path.of("target", "sozialraum-audit-verifier.jar");

    @TempDir
    Path dir;

    @Test
    void theJarVerifiesABundleAndRejectsATamperedOne() throws Exception {
        assertThat(JAR).isRegularFile();
        KeyPair signer = CheckpointSignature.generateKeyPair();
        TestBundle bundle = TestBundle.withEntries(3).checkpoint(signer.getPrivate(), "k1").key("k1", signer.getPublic());
        Path valid = bundle.write(dir.resolve("zeitleiste.zip"));
        bundle.lines.set(1, bundle.lines.get(1).replace("\"n\":2,", "\"n\":22,"));
        Path tampered = bundle.write(dir.resolve("verfaelscht.zip"));
        String key = CheckpointSignature.encode(signer.getPublic());

        Run ok = java(valid.toString(), "--public-key", key);
        assertThat(ok.exitCode).as(ok.output).isZero();
        assertThat(ok.output).startsWith("GÜLTIG — 4 Einträge").contains("VALID — 4 entries", "signed up to position 3 with the key given");

        Run rejected = java(tampered.toString(), "--public-key", key);
        assertThat(rejected.exitCode).as(rejected.output).isEqualTo(1);
        assertThat(rejected.output).startsWith("UNGÜLTIG — Eintrag 2: hash-mismatch").contains("INVALID — entry 2: hash-mismatch");

        Run usage = java();
        assertThat(usage.exitCode).isEqualTo(2);
        assertThat(usage.output).contains("java -jar sozialraum-audit-verifier.jar");
    }

    private record Run(int exitCode, String output) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path output = dir.resolve("out-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the verifier ends").isTrue();
        return new Run(process.exitValue(), Files.readString(output, UTF_8));
    }
}
