package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import de.sozialraum.infra.embedded.FreePorts;
import de.sozialraum.infra.embedded.KafkaBroker;
import de.sozialraum.platform.publication.KafkaEventPublisher;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.platform.publication.Timelines;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the broker is down, commands still succeed (the event store is the outbox) and publication
 * stops in an error state instead of skipping events; when the broker is back, the event arrives.
 * Runs on an embedded broker of its own, which it stops and restarts.
 */
@SpringBootTest(properties = {
        "sozialraum.publication.send-timeout=3s",
        "spring.kafka.producer.properties.max.block.ms=3000",
        "spring.kafka.producer.properties.request.timeout.ms=3000",
        "spring.kafka.producer.properties.delivery.timeout.ms=6000"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestTokens.Initializer.class)
class PublicationSurvivesBrokerOutageIT {

    private static final Path KAFKA_DIR = tempDir();
    private static final int PORT = FreePorts.next();
    private static final int CONTROLLER_PORT = FreePorts.next();
    private static KafkaBroker broker = KafkaBroker.start(KAFKA_DIR, PORT, CONTROLLER_PORT);

    /**
     * The shared MongoDB server, but a database and a broker of its own: this context's publisher must
     * not compete for the publication token with the other tests' contexts, which stay cached.
     */
    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        TestStores.properties().entrySet().stream()
                .filter(property -> !property.getKey().equals("spring.kafka.bootstrap-servers"))
                .filter(property -> !property.getKey().equals("spring.mongodb.database"))
                .forEach(property -> registry.add(property.getKey(), property::getValue));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
        registry.add("spring.mongodb.database", () -> "outage_" + PORT);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anEventStoredWhileTheBrokerIsDownIsPublishedWhenItIsBack() throws Exception {
        register("Winzerla");
        await().atMost(Duration.ofSeconds(30)).until(() -> ofSozialraeume(published()).size() == 1);

        broker.close();
        register("Lobeda");
        await().atMost(Duration.ofSeconds(60)).until(this::publicationIsInErrorState);

        broker = KafkaBroker.start(KAFKA_DIR, PORT, CONTROLLER_PORT);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(120))
                .until(this::published, all -> all.stream().anyMatch(record -> payload(record).contains("Lobeda")));

        assertThat(records).extracting(PublicationSurvivesBrokerOutageIT::payload)
                .anyMatch(json -> json.contains("Winzerla"))
                .anyMatch(json -> json.contains("Lobeda"));
        assertThat(ofSozialraeume(records)).extracting(record -> header(record, "ce_type").orElseThrow())
                .containsOnly("de.sozialraum.planning.SozialraumRegistered.v1");
        await().atMost(Duration.ofSeconds(30)).until(() -> !publicationIsInErrorState());
    }

    private void register(String name) throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"kind\":\"STADTTEIL\"}".formatted(name)))
                .andExpect(status().isCreated());
    }

    private List<ConsumerRecord<String, byte[]>> published() {
        return TopicReader.readAll("127.0.0.1:" + PORT, publication.topic());
    }

    /** Without the Kommunen the service registered at start (their own timelines, ADR 0009). */
    private static List<ConsumerRecord<String, byte[]>> ofSozialraeume(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(record -> !Timelines.isKommuneTimeline(record.key())).toList();
    }

    private boolean publicationIsInErrorState() {
        TrackingEventProcessor processor = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        return processor.processingStatus().values().stream().anyMatch(segment -> segment.isErrorState());
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("kafka-outage-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
