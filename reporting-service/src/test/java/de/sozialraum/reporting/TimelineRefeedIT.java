package de.sozialraum.reporting;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Re-feeding the timelines from the event topic (docs/operations.md, "Re-feeding the timeline"): a timeline whose tail
 * was lost, as after a restore from an older backup, gets it back in the same order at the same positions, with its
 * checkpoints made anew. A context of its own (database and topic): a re-feed reads the whole topic and holds the
 * live listener.
 */
@ServiceIntegrationTest(properties = {
        "sozialraum.audit.signing-key=" + TimelineCheckpointVerificationIT.PRIVATE_KEY,
        "sozialraum.audit.key-id=test-2",
        "sozialraum.audit.checkpoint.every-entries=3",
        "sozialraum.test.context=timeline-refeed"})
class TimelineRefeedIT {

    private static final String REFEEDS = "/api/audit/timeline-refeeds";
    private static final String NUMBERED = "de.sozialraum.test.Numbered.v1";
    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MongoDatabase serviceDatabase;

    @Test
    void aTimelineWhoseTailWasLostIsReFedInTheSameOrderAtTheSamePositionsAndVerifies() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        String neighbourId = UUID.randomUUID().toString();
        for (int n = 1; n <= 7; n++) {
            send(sozialraumId, n);
            if (n % 3 == 0) {
                send(neighbourId, n);
            }
        }
        awaitTotal(sozialraumId, 9); // 1 2 3 [4] 5 6 7 [8] 9: seven events, two checkpoints
        awaitTotal(neighbourId, 2);
        List<JsonNode> before = entries(sozialraumId);

        // as after a restore from an older backup: the entries from position 5 on are gone, the checkpoint record among them too
        serviceDatabase.getCollection("timeline_entries").deleteMany(and(eq("timelineId", sozialraumId), gte("position", 5L)));
        serviceDatabase.getCollection("timeline_checkpoints").deleteMany(and(eq("timelineId", sozialraumId), gte("position", 5L)));
        assertThat(entries(sozialraumId)).hasSize(4);
        int onTopic = TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).size();
        Instant requested = Instant.now();

        String location = mvc.perform(post(REFEEDS).with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith(REFEEDS + "/")))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.startedBy.id").value("admin"))
                .andExpect(jsonPath("$.startedBy.name").value(TestUser.ADMIN.name()))
                .andExpect(jsonPath("$.topic").value(publication.topic()))
                .andReturn().getResponse().getHeader("Location");
        JsonNode refeed = awaitEnd(location);

        assertThat(refeed.path("state").asText()).as(refeed.toString()).isEqualTo("COMPLETED");
        assertThat(refeed.path("recordsToRead").asInt()).isEqualTo(onTopic);
        assertThat(refeed.path("recordsRead").asInt()).isEqualTo(onTopic);
        assertThat(refeed.path("appended").asInt()).as("the four lost events").isEqualTo(4);
        assertThat(refeed.path("duplicates").asInt()).isEqualTo(onTopic - 4);
        assertThat(refeed.path("malformed").asInt()).isZero();
        assertThat(refeed.path("partitions")).hasSize(publication.partitions())
                .allSatisfy(partition -> assertThat(partition.path("position").asLong()).isEqualTo(partition.path("endOffset").asLong()));
        assertThat(Instant.parse(refeed.path("finishedAt").asText())).isAfterOrEqualTo(Instant.parse(refeed.path("startedAt").asText()));

        List<JsonNode> after = entries(sozialraumId);
        assertThat(after).extracting(entry -> entry.path("position").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(after).extracting(entry -> entry.path("eventId").asText())
                .as("the same events and checkpoints in the same order").isEqualTo(eventIds(before));
        assertThat(hashes(after).subList(0, 7)).as("re-fed in the same order, the entries hash as before").isEqualTo(hashes(before).subList(0, 7));
        JsonNode checkpoint = after.get(7);
        assertThat(checkpoint.path("type").asText()).isEqualTo(CheckpointCheck.TYPE);
        assertThat(Instant.parse(checkpoint.path("time").asText())).as("a checkpoint made anew").isAfterOrEqualTo(requested.minusSeconds(1));
        assertThat(serviceDatabase.getCollection("timeline_entries").countDocuments(eq("timelineId", sozialraumId)))
                .as("nothing appended twice").isEqualTo(9);
        assertThat(serviceDatabase.getCollection("timeline_entries").countDocuments(eq("timelineId", neighbourId))).isEqualTo(2);
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries").value(9))
                .andExpect(jsonPath("$.checkpoints").value(2))
                .andExpect(jsonPath("$.signedUpTo").value(7));

        String next = send(sozialraumId, 8);
        awaitTotal(sozialraumId, 10);
        assertThat(entries(sozialraumId).get(9).path("eventId").asText()).as("the live listener appends again").isEqualTo(next);
    }

    /** The entries restored from an older state than the checkpoint records: the records say what was signed there. */
    @Test
    void aCheckpointRecordThatOutlivedItsEntryIsReportedAfterTheReFeed() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        for (int n = 1; n <= 7; n++) {
            send(sozialraumId, n);
        }
        awaitTotal(sozialraumId, 9); // 1 2 3 [4] 5 6 7 [8] 9
        List<JsonNode> before = entries(sozialraumId);
        serviceDatabase.getCollection("timeline_entries").deleteMany(and(eq("timelineId", sozialraumId), gte("position", 5L)));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.problem.code").value("truncated"));

        String location = mvc.perform(post(REFEEDS).with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(awaitEnd(location).path("state").asText()).isEqualTo("COMPLETED");

        List<JsonNode> after = entries(sozialraumId);
        assertThat(eventIds(after)).as("no checkpoint before the timeline has passed the last recorded one")
                .containsExactly(eventIds(before).get(0), eventIds(before).get(1), eventIds(before).get(2), eventIds(before).get(3),
                        eventIds(before).get(4), eventIds(before).get(5), eventIds(before).get(6), eventIds(before).get(8));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenPosition").value(8))
                .andExpect(jsonPath("$.problem.code").value("checkpoint-missing"));
    }

    @Test
    void aSecondReFeedIsRefusedWhileOneRuns() throws Exception {
        String running = insertRunning(Instant.now()); // e.g. on another instance
        try {
            mvc.perform(post(REFEEDS).with(as(TestUser.ADMIN)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("timeline-refeed-running"))
                    .andExpect(jsonPath("$.runningRefeed").value(running))
                    .andExpect(jsonPath("$.detail").value(containsString(running)));
            mvc.perform(post(REFEEDS).with(as(TestUser.ADMIN)).header("Accept-Language", "en"))
                    .andExpect(jsonPath("$.detail").value(containsString("being re-fed right now")));
            mvc.perform(get(REFEEDS + "/{id}", running).with(as(TestUser.ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("RUNNING"));
        } finally {
            serviceDatabase.getCollection("timeline_refeeds").deleteOne(eq("_id", running));
        }
    }

    @Test
    void aReFeedWhoseInstanceStoppedIsTakenAsAbandonedAndANewOneRuns() throws Exception {
        String abandoned = insertRunning(Instant.now().minus(Duration.ofMinutes(10)));

        String location = mvc.perform(post(REFEEDS).with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(REFEEDS + "/{id}", abandoned).with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.failure").value(containsString("abandoned")))
                .andExpect(jsonPath("$.finishedAt").exists());
        assertThat(awaitEnd(location).path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void onlyAdministratorsReFeedAndFollowIt() throws Exception {
        for (TestUser user : List.of(TestUser.STABSSTELLE, TestUser.LEITUNG_JUGENDAMT, TestUser.STABSSTELLE_GERA)) {
            mvc.perform(post(REFEEDS).with(as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("timeline-refeed-not-permitted"));
        }
        mvc.perform(post(REFEEDS).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(post(REFEEDS)).andExpect(status().isUnauthorized());
        mvc.perform(get(REFEEDS + "/{id}", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("timeline-refeed-not-permitted"));
        mvc.perform(get(REFEEDS + "/{id}", UUID.randomUUID()).with(as(TestUser.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-refeed-not-found"));
        assertThat(serviceDatabase.getCollection("timeline_refeeds").countDocuments(eq("running", "timeline")))
                .as("no refused request started one").isZero();
    }

    /** A running re-feed as another instance would have recorded it. */
    private String insertRunning(Instant heartbeat) {
        String id = UUID.randomUUID().toString();
        serviceDatabase.getCollection("timeline_refeeds").insertOne(new Document("_id", id)
                .append("running", "timeline").append("state", "RUNNING").append("topic", publication.topic())
                .append("startedAt", Date.from(heartbeat)).append("heartbeatAt", Date.from(heartbeat))
                .append("startedBy", new Document("id", "admin-2").append("name", "Andere Instanz"))
                .append("partitions", List.of()).append("appended", 0L).append("duplicates", 0L).append("malformed", 0L));
        return id;
    }

    private JsonNode awaitEnd(String location) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> read(location), refeed -> !refeed.path("state").asText().equals("RUNNING"));
    }

    private JsonNode read(String path) throws Exception {
        return read(path, TestUser.ADMIN);
    }

    private JsonNode read(String path, TestUser user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String send(String sozialraumId, int n) {
        return CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), NUMBERED, sozialraumId, "{\"n\":%d}".formatted(n),
                Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE", "kommune", TestUser.JENA));
    }

    private void awaitTotal(String sozialraumId, int total) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> read("/api/sozialraeume/" + sozialraumId + "/timeline?limit=1", TestUser.PRUEFUNG).path("total").asInt() == total);
    }

    private List<JsonNode> entries(String sozialraumId) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        read("/api/sozialraeume/" + sozialraumId + "/timeline?limit=500", TestUser.PRUEFUNG).path("entries").forEach(entries::add);
        return entries;
    }

    private static List<String> eventIds(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.path("eventId").asText()).toList();
    }

    private static List<String> hashes(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.path("hash").asText()).toList();
    }
}
