package de.sozialraum.reporting;

import static com.mongodb.client.model.Filters.eq;
import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Rebuilding the state snapshots from the timelines over the API: progress, and the same snapshots as before. */
@ServiceIntegrationTest(properties = "sozialraum.audit.state.snapshot-every=3")
class StateRebuildIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MongoDatabase serviceDatabase;

    @Autowired
    MongoStateSnapshots snapshots;

    @Test
    void aRebuildReportsItsProgressAndMakesTheSnapshotsThatWereThere() throws Exception {
        String lobeda = timelineWith(10);
        String winzerla = timelineWith(7);
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshotsOf(lobeda) == 3 && snapshotsOf(winzerla) == 2);
        String live = snapshots.current().digest(() -> { });

        String location = mvc.perform(post("/api/audit/state-rebuilds").with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.startedBy").exists())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(location).with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.status").value("COMPLETED")));

        mvc.perform(get(location).with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.entriesRead").value(greaterThanOrEqualTo(9 + 6)))
                .andExpect(jsonPath("$.entriesTotal").value(greaterThanOrEqualTo(10 + 7)))
                .andExpect(jsonPath("$.snapshotsMade").value(greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.identical").value(true))
                .andExpect(jsonPath("$.digestAfter").value(live))
                .andExpect(jsonPath("$.finishedAt").exists());
        assertThat(snapshots.current().digest(() -> { })).isEqualTo(live);
        assertThat(snapshotsOf(lobeda)).isEqualTo(3);
    }

    @Test
    void oneRebuildRunsAtATimeUnlessTheOtherStoppedShowingProgress() throws Exception {
        MongoCollection<Document> records = serviceDatabase.getCollection("state_rebuilds");
        records.replaceOne(eq("_id", "lock"), new Document("_id", "lock").append("holder", "elsewhere")
                .append("heartbeatAt", new Date()), new ReplaceOptions().upsert(true));

        mvc.perform(post("/api/audit/state-rebuilds").with(as(TestUser.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("state-rebuild-running"));

        records.updateOne(eq("_id", "lock"), new Document("$set", new Document("heartbeatAt",
                Date.from(Instant.now().minus(Duration.ofMinutes(10))))));
        records.replaceOne(eq("_id", "elsewhere"), new Document("_id", "elsewhere").append("status", "RUNNING")
                .append("entriesTotal", 9L).append("entriesRead", 3L).append("snapshotsMade", 0L), new ReplaceOptions().upsert(true));
        String location = mvc.perform(post("/api/audit/state-rebuilds").with(as(TestUser.ADMIN)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(location).with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.status").value("COMPLETED")));
        mvc.perform(get("/api/audit/state-rebuilds/elsewhere").with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.error").value(containsString("Abgebrochen")));
    }

    @Test
    void onlyAdministratorsRebuild() throws Exception {
        for (TestUser user : new TestUser[] {TestUser.STABSSTELLE, TestUser.LEITUNG_JUGENDAMT}) {
            mvc.perform(post("/api/audit/state-rebuilds").with(as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("rebuild-not-permitted"));
        }
        mvc.perform(post("/api/audit/state-rebuilds").with(as(TestUser.PRUEFUNG))).andExpect(status().isForbidden()); // auditors never write
        mvc.perform(get("/api/audit/state-rebuilds/{id}", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("rebuild-not-permitted"));
        mvc.perform(post("/api/audit/state-rebuilds")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit/state-rebuilds/{id}", UUID.randomUUID()).with(as(TestUser.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("state-rebuild-not-found"));
        mvc.perform(get("/api/audit/state-rebuilds/lock").with(as(TestUser.ADMIN)))
                .andExpect(status().isNotFound());
    }

    private String timelineWith(int count) throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        for (int n = 1; n <= count; n++) {
            CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), "de.sozialraum.coordination.AssignmentIssued.v1",
                    sozialraumId, "{\"assignmentId\":\"a-%d\",\"department\":\"jugendamt\",\"title\":\"Auftrag %d\"}".formatted(n, n),
                    Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE", "kommune", "16053"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.total").value(count)));
        return sozialraumId;
    }

    private long snapshotsOf(String timelineId) {
        return serviceDatabase.getCollection("timeline_state_snapshots").countDocuments(eq("timelineId", timelineId));
    }
}
