package de.sozialraum.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.sozialraum.infra.embedded.KafkaBroker;
import de.sozialraum.infra.embedded.MongoStandIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real Kafka broker and MongoDB store that integration tests run against, one of each per JVM,
 * chosen in this order: {@code MONGODB_URI} / {@code KAFKA_BOOTSTRAP_SERVERS} when set; Testcontainers
 * ({@code mongo:7} as a replica set, {@code apache/kafka}) where a Docker engine runs; otherwise the
 * embedded servers of the local stack (a KRaft broker and the mongo-java-server stand-in).
 */
public final class TestStores {

    private static final Logger log = LoggerFactory.getLogger(TestStores.class);
    private static final String MONGO_IMAGE = "mongo:7.0";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private static String mongoUri;
    private static String kafkaBootstrapServers;

    private TestStores() {
    }

    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            mongoUri = env("MONGODB_URI").orElseGet(TestStores::startMongo);
        }
        return mongoUri;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = env("KAFKA_BOOTSTRAP_SERVERS").orElseGet(TestStores::startKafka);
        }
        return kafkaBootstrapServers;
    }

    /**
     * The properties that point a Spring test context at the shared stores, with a database and topic
     * of its own, so that contexts never see each other's data.
     */
    public static Map<String, String> properties() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "spring.mongodb.uri", mongoUri(),
                "spring.mongodb.database", "test_" + run,
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "sozialraum.publication.topic", "test-events-" + run);
    }

    /** Applies {@link #properties()} to a test context; used by {@link ServiceIntegrationTest}. */
    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).applyTo(context);
        }
    }

    public static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false; // spares the Testcontainers probe and its error log on machines without Docker
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String startMongo() {
        if (dockerAvailable()) {
            MongoDBContainer container = new MongoDBContainer(MONGO_IMAGE);
            container.start();
            log.info("Tests use MongoDB from Testcontainers ({})", MONGO_IMAGE);
            return container.getReplicaSetUrl().replaceFirst("/test$", "");
        }
        MongoStandIn standIn = MongoStandIn.inMemory();
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "mongo-stand-in-stop"));
        log.info("Tests use the embedded MongoDB stand-in at {}", standIn.connectionString());
        return standIn.connectionString();
    }

    private static String startKafka() {
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            log.info("Tests use Kafka from Testcontainers ({})", KAFKA_IMAGE);
            return container.getBootstrapServers();
        }
        try {
            KafkaBroker broker = KafkaBroker.start(Files.createTempDirectory("kafka-test-"), 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
            return broker.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
