package de.sozialraum.stack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import de.sozialraum.infra.embedded.FreePorts;
import de.sozialraum.testsupport.TestStores;

/**
 * The README's run command, run by a test: {@code java -jar sozialraum-stack.jar} as a process of its
 * own, with a data directory and free ports. Where Docker or external stores are available, the stack
 * is pointed at them (Testcontainers); otherwise it starts its embedded broker and stand-in.
 */
final class LauncherProcess {

    private final Path dataDir;
    private final Map<String, String> environment = new HashMap<>();
    private final Path output;
    private Process process;
    private List<ProcessHandle> children = List.of();

    LauncherProcess(Path dataDir) {
        this.dataDir = dataDir;
        this.output = dataDir.resolve("launcher.out");
        environment.put("SOZIALRAUM_DATA_DIR", dataDir.toString());
        environment.put("PLANNING_PORT", Integer.toString(FreePorts.next()));
        environment.put("COORDINATION_PORT", Integer.toString(FreePorts.next()));
        environment.put("REPORTING_PORT", Integer.toString(FreePorts.next()));
        environment.put("IDENTITY_PORT", Integer.toString(FreePorts.next()));
        environment.put("GATEWAY_PORT", Integer.toString(FreePorts.next()));
        environment.put("MONGO_PORT", Integer.toString(FreePorts.next()));
        environment.put("KAFKA_PORT", Integer.toString(FreePorts.next()));
        environment.put("KAFKA_CONTROLLER_PORT", Integer.toString(FreePorts.next()));
        if (TestStores.dockerAvailable() || System.getenv("MONGODB_URI") != null) {
            environment.put("MONGODB_URI", TestStores.mongoUri());
            environment.put("KAFKA_BOOTSTRAP_SERVERS", TestStores.kafkaBootstrapServers());
        }
    }

    LauncherProcess start() {
        int earlierOutput = output().length();
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-Daxoniq.update-checker.disabled=true", "-jar", System.getProperty("stack.jar"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Launcher ended during start-up:\n" + output());
            }
            return output().substring(earlierOutput).contains("Bereit nach");
        });
        children = process.descendants().toList();
        return this;
    }

    /** Stops the launcher as Ctrl-C would (SIGINT/SIGTERM run the same shutdown hook) and waits for it. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Launcher did not stop within 2 minutes:\n" + output());
        }
        return process.exitValue();
    }

    /** The launcher's child processes seen when it was ready, still running now. */
    List<ProcessHandle> survivingChildren() {
        return children.stream().filter(ProcessHandle::isAlive).toList();
    }

    String url(String portVariable) {
        return "http://127.0.0.1:" + environment.get(portVariable);
    }

    /** The one entry point, under the host name the identity provider redirects browsers to. */
    String gatewayUrl() {
        return "http://localhost:" + environment.get("GATEWAY_PORT");
    }

    /** The development identity provider's issuer. */
    String issuer() {
        return "http://localhost:" + environment.get("IDENTITY_PORT");
    }

    String kafkaBootstrapServers() {
        return environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + environment.get("KAFKA_PORT"));
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
