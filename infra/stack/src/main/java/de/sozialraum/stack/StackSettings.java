package de.sozialraum.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the local stack runs, from environment variables with defaults that work on a fresh machine.
 *
 * @param dataDir        everything the stack stores: Kafka log, MongoDB stand-in file, service logs
 * @param servicesDir    where the three service jars are
 * @param mongoUri       an external MongoDB to use instead of the stand-in, if set
 * @param kafkaBootstrap an external Kafka to use instead of the embedded broker, if set
 * @param issuerUri      an external OIDC provider (e.g. Keycloak) to use instead of the development one, if set
 * @param serviceJavaOptions JVM options for each service process
 */
public record StackSettings(
        Path dataDir,
        Path servicesDir,
        Optional<String> mongoUri,
        Optional<String> kafkaBootstrap,
        Optional<String> issuerUri,
        int mongoPort,
        int kafkaPort,
        int kafkaControllerPort,
        int planningPort,
        int coordinationPort,
        int reportingPort,
        int identityPort,
        int gatewayPort,
        String serviceJavaOptions) {

    /** The one URL for browsers and API clients. */
    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** The issuer every service trusts: the external one, or the development provider on this machine. */
    public String issuer() {
        return issuerUri.orElse("http://localhost:" + identityPort);
    }

    public static StackSettings fromEnvironment(Map<String, String> env, Path servicesDir) {
        return new StackSettings(
                Path.of(env.getOrDefault("SOZIALRAUM_DATA_DIR", "data")).toAbsolutePath(),
                servicesDir,
                text(env, "MONGODB_URI"),
                text(env, "KAFKA_BOOTSTRAP_SERVERS"),
                text(env, "SOZIALRAUM_ISSUER_URI"),
                port(env, "MONGO_PORT", 27027),
                port(env, "KAFKA_PORT", 19092),
                port(env, "KAFKA_CONTROLLER_PORT", 19093),
                port(env, "PLANNING_PORT", 8081),
                port(env, "COORDINATION_PORT", 8082),
                port(env, "REPORTING_PORT", 8083),
                port(env, "IDENTITY_PORT", 9000),
                port(env, "GATEWAY_PORT", 8080),
                env.getOrDefault("SOZIALRAUM_SERVICE_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not \"" + value + "\"");
        }
    }
}
