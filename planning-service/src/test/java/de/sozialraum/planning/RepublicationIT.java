package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.sozialraum.platform.publication.KafkaEventPublisher;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator has the event store published once more (docs/operations.md, "Re-feeding the timeline"): every event
 * appears on the topic a second time, with the same CloudEvents id, and the progress reaches the head of the store.
 * A context of its own (database and topic), as it republishes everything on its topic.
 */
@ServiceIntegrationTest(properties = "sozialraum.test.context=republication")
class RepublicationIT {

    private static final String PATH = "/api/admin/planning/republication";
    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoDatabase serviceDatabase;

    @Test
    void everyStoredEventIsPublishedOnceMoreWithItsIdAndTheProgressReachesTheHead() throws Exception {
        register("Lobeda");
        register("Winzerla");
        List<ConsumerRecord<String, byte[]>> first = await().atMost(Duration.ofSeconds(30))
                .until(this::published, records -> records.stream().filter(record -> payload(record).contains("Winzerla")).count() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> state().path("state").asText().equals("UP_TO_DATE"));
        long head = state().path("head").asLong();
        assertThat(first).hasSize((int) head);

        mvc.perform(post(PATH).with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", PATH))
                .andExpect(jsonPath("$.processor").value(KafkaEventPublisher.PROCESSING_GROUP))
                .andExpect(jsonPath("$.head").value(head));

        await().atMost(Duration.ofSeconds(60)).until(this::published, records -> records.size() == 2 * head);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode state = state();
            assertThat(state.path("state").asText()).as(state.toString()).isEqualTo("UP_TO_DATE");
            assertThat(state.path("position").asLong()).isEqualTo(head);
            assertThat(state.path("head").asLong()).isEqualTo(head);
        });

        Map<String, List<ConsumerRecord<String, byte[]>>> byId = published().stream()
                .collect(groupingBy(record -> header(record, "ce_id").orElseThrow()));
        assertThat(byId).hasSize((int) head).allSatisfy((id, copies) -> assertThat(copies).as(id).hasSize(2));
        for (ConsumerRecord<String, byte[]> original : first) {
            List<ConsumerRecord<String, byte[]>> copies = byId.get(header(original, "ce_id").orElseThrow());
            ConsumerRecord<String, byte[]> copy = copies.get(1);
            assertThat(copies.get(0).offset()).isEqualTo(original.offset());
            assertThat(copy.key()).isEqualTo(original.key());
            assertThat(copy.partition()).isEqualTo(original.partition());
            assertThat(copy.offset()).isGreaterThan(original.offset());
            for (String name : List.of("ce_type", "ce_time", "ce_subject", "ce_source", "ce_kommune", "ce_actorid", "ce_aggregatesequence")) {
                assertThat(header(copy, name)).as(name).isEqualTo(header(original, name));
            }
            assertThat(payload(copy)).isEqualTo(payload(original));
        }
    }

    @Test
    void onlyAdministratorsRepublishAndFollowIt() throws Exception {
        mvc.perform(post(PATH).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("republication-not-permitted"));
        mvc.perform(get(PATH).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("republication-not-permitted"));
        mvc.perform(post(PATH).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(post(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/coordination/republication").with(as(TestUser.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH).with(as(TestUser.ADMIN))).andExpect(status().isOk());
    }

    /** Another instance holds the processor's token: only it can reset the publication, nothing changes here. */
    @Test
    void aResetIsRefusedWhileAnotherInstanceHoldsThePublicationToken() throws Exception {
        TrackingEventProcessor processor = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> state().path("state").asText().equals("UP_TO_DATE"));
        int published = published().size();
        processor.shutDown();
        claimToken("another-instance", System.currentTimeMillis());
        try {
            mvc.perform(post(PATH).with(as(TestUser.ADMIN)).header("Accept-Language", "en"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("republication-claimed-elsewhere"));
            mvc.perform(get(PATH).with(as(TestUser.ADMIN)))
                    .andExpect(jsonPath("$.state").value("ELSEWHERE"))
                    .andExpect(jsonPath("$.processingHere").value(false));
        } finally {
            processor.shutDown();
            claimToken(null, 0);
            processor.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> state().path("state").asText().equals("UP_TO_DATE"));
        assertThat(published()).as("nothing republished").hasSize(published);
    }

    private void claimToken(String owner, long timestamp) {
        serviceDatabase.getCollection("trackingtokens").updateMany(Filters.eq("processorName", KafkaEventPublisher.PROCESSING_GROUP),
                Updates.combine(Updates.set("owner", owner), Updates.set("timestamp", timestamp)));
    }

    private JsonNode state() throws Exception {
        return json.readTree(mvc.perform(get(PATH).with(as(TestUser.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void register(String name) throws Exception {
        mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"kind\":\"STADTTEIL\"}".formatted(name)))
                .andExpect(status().isCreated());
    }

    private List<ConsumerRecord<String, byte[]>> published() {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic());
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
