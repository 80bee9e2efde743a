package de.sozialraum.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import de.sozialraum.infra.embedded.KafkaBroker;
import de.sozialraum.infra.embedded.MongoStandIn;

/**
 * The whole system on one machine: a Kafka broker and the MongoDB stand-in (unless external ones are
 * configured) in this process, and the three services as child processes. Closing it stops
 * everything, services first.
 */
public final class Stack implements AutoCloseable {

    static final String IDENTITY_PROVIDER = "identity-provider";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final PrintStream out;
    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public Stack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts the servers and the services and waits until all are ready; on failure stops what started. */
    public Stack start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        List<Integer> ports = new ArrayList<>(List.of(settings.planningPort(), settings.coordinationPort(),
                settings.reportingPort(), settings.gatewayPort()));
        if (settings.issuerUri().isEmpty()) {
            ports.add(settings.identityPort());
        }
        if (settings.kafkaBootstrap().isEmpty()) {
            ports.addAll(List.of(settings.kafkaPort(), settings.kafkaControllerPort()));
        }
        if (settings.mongoUri().isEmpty()) {
            ports.add(settings.mongoPort());
        }
        ports.forEach(Stack::requireFree);

        String kafka = settings.kafkaBootstrap().orElseGet(() -> {
            out.println("Starte Kafka-Broker (KRaft) auf 127.0.0.1:" + settings.kafkaPort() + " …");
            KafkaBroker broker = KafkaBroker.start(settings.dataDir().resolve("kafka"),
                    settings.kafkaPort(), settings.kafkaControllerPort());
            servers.add(0, broker);
            return broker.bootstrapServers();
        });
        String mongo = settings.mongoUri().orElseGet(() -> {
            out.println("Starte MongoDB-Ersatz (mongo-java-server) auf 127.0.0.1:" + settings.mongoPort() + " …");
            MongoStandIn standIn = MongoStandIn.onDisk(settings.dataDir().resolve("mongo/sozialraum.mv"), settings.mongoPort());
            servers.add(0, standIn);
            return standIn.connectionString();
        });

        if (settings.issuerUri().isEmpty()) {
            deleteIfExists(identityNotice());
            out.println("Starte Entwicklungs-Identitätsanbieter (OIDC) auf " + settings.issuer() + " …");
            start(IDENTITY_PROVIDER, settings.identityPort(), Map.of(
                    "SOZIALRAUM_ISSUER_URI", settings.issuer(),
                    "SOZIALRAUM_GATEWAY_URL", settings.gatewayUrl(),
                    "SOZIALRAUM_IDENTITY_NOTICE_FILE", identityNotice().toString()));
        }
        Map<String, String> environment = Map.of("MONGODB_URI", mongo, "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "SOZIALRAUM_ISSUER_URI", settings.issuer());
        out.println("Starte planning-service, coordination-service, reporting-service, gateway …");
        start("planning-service", settings.planningPort(), environment);
        start("coordination-service", settings.coordinationPort(), environment);
        Map<String, String> reporting = new HashMap<>(environment);
        reporting.putAll(DevelopmentSigningKey.environment(settings.dataDir()));
        start("reporting-service", settings.reportingPort(), reporting);
        start("gateway", settings.gatewayPort(), Map.of(
                "SOZIALRAUM_ISSUER_URI", settings.issuer(),
                "PLANNING_URL", "http://127.0.0.1:" + settings.planningPort(),
                "COORDINATION_URL", "http://127.0.0.1:" + settings.coordinationPort(),
                "REPORTING_URL", "http://127.0.0.1:" + settings.reportingPort()));
        CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(READY_TIMEOUT)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    private void start(String name, int port, Map<String, String> environment) {
        if (closed) {
            throw new IllegalStateException("Start abgebrochen (start cancelled)");
        }
        services.add(ServiceProcess.start(name, settings.servicesDir().resolve(name + ".jar"), port,
                settings.serviceJavaOptions(), environment, settings.dataDir().resolve("logs")));
    }

    /** Where the development identity provider writes its issuer and demo accounts once ready. */
    Path identityNotice() {
        return settings.dataDir().resolve("logs/identity-provider-accounts.txt");
    }

    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    /** Completes when any service process ends, with that service. */
    CompletableFuture<ServiceProcess> anyServiceExit() {
        return CompletableFuture.anyOf(services.stream()
                        .map(service -> service.process().onExit().thenApply(process -> service))
                        .toArray(CompletableFuture[]::new))
                .thenApply(ServiceProcess.class::cast);
    }

    /** True once {@link #close()} has begun: services ending then are being stopped, not failing. */
    boolean closing() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::stop))
                .toArray(CompletableFuture[]::new)).join();
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                out.println("Beim Stoppen von " + server.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " ist belegt (port in use). Läuft der Stack schon? "
                    + "Andere Ports: siehe README, Umgebungsvariablen *_PORT.");
        }
    }
}
