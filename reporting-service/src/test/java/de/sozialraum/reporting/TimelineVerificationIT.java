package de.sozialraum.reporting;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.reporting.timeline.persistence.TimelineChainBackfill;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

/** The hash chain as the timeline API shows it, and its verification endpoints, over the real broker and store. */
@ServiceIntegrationTest
class TimelineVerificationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MongoDatabase serviceDatabase;

    @Autowired
    TimelineChainBackfill backfill;

    @Test
    void theTimelineShowsTheChainAndAnIntactOneVerifies() throws Exception {
        String sozialraumId = sozialraumWithEntries(3);

        String page = mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.entries[0].previousHash").value(EntryHash.GENESIS))
                .andExpect(jsonPath("$.entries[2].hash").value(matchesPattern("[0-9a-f]{64}")))
                .andReturn().getResponse().getContentAsString();
        String first = JsonPath.read(page, "$.entries[0].hash");
        String last = JsonPath.read(page, "$.entries[2].hash");

        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.entries[1].previousHash").value(first));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timelineId").value(sozialraumId))
                .andExpect(jsonPath("$.entries").value(3))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.headHash").value(last))
                .andExpect(jsonPath("$.firstBrokenPosition").doesNotExist())
                .andExpect(jsonPath("$.problem").doesNotExist());
    }

    @Test
    void aPayloadChangedInTheDatabaseIsReportedAtItsPositionInTheCallersLanguage() throws Exception {
        String sozialraumId = sozialraumWithEntries(3);
        serviceDatabase.getCollection("timeline_entries")
                .updateOne(and(eq("timelineId", sozialraumId), eq("position", 2L)), set("data.n", 20));

        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.entries").value(1))
                .andExpect(jsonPath("$.firstBrokenPosition").value(2))
                .andExpect(jsonPath("$.headHash").doesNotExist())
                .andExpect(jsonPath("$.problem.code").value("hash-mismatch"))
                .andExpect(jsonPath("$.problem.detail").value(containsString("Eintrags an Position 2 passt nicht mehr")))
                .andExpect(jsonPath("$.problem.expected").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.problem.found").value(matchesPattern("[0-9a-f]{64}")));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.problem.detail").value(containsString("entry at position 2 no longer matches its hash")));
    }

    @Test
    void anEntryDeletedInTheDatabaseIsReportedWhereTheGapIs() throws Exception {
        String sozialraumId = sozialraumWithEntries(4);
        serviceDatabase.getCollection("timeline_entries").deleteOne(and(eq("timelineId", sozialraumId), eq("position", 3L)));

        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenPosition").value(3))
                .andExpect(jsonPath("$.problem.code").value("position-unexpected"))
                .andExpect(jsonPath("$.problem.expected").value("3"))
                .andExpect(jsonPath("$.problem.found").value("4"));
    }

    @Test
    void verificationIsReadLikeTheTimeline() throws Exception {
        String sozialraumId = sozialraumWithEntries(1);

        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("timeline-read-not-permitted"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
    }

    @Test
    void aKommunesOwnTimelineIsVerifiedByItsPeopleOnly() throws Exception {
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.DepartmentAdded.v1", "kommune:16053",
                "{\"kommuneKey\":\"16053\",\"departmentKey\":\"%s\"}".formatted(UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/timeline/verification")
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timelineId").value("kommune:16053"))
                .andExpect(jsonPath("$.verified").value(true)));

        mvc.perform(get("/api/kommunen/16053/timeline/verification").with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/kommunen/16053/timeline/verification").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sozialraeume/kommune:16053/timeline/verification").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound());
    }

    @Test
    void entriesStoredBeforeTheChainAreChainedByTheStartUpBackfill() throws Exception {
        String sozialraumId = sozialraumWithEntries(2);
        serviceDatabase.getCollection("timeline_entries")
                .updateMany(eq("timelineId", sozialraumId), combine(unset("hash"), unset("previousHash")));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.problem.code").value("hash-missing"))
                .andExpect(jsonPath("$.firstBrokenPosition").value(1));

        backfill.run(new DefaultApplicationArguments());

        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries").value(2));
    }

    private String sozialraumWithEntries(int count) throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        for (int n = 1; n <= count; n++) {
            CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), "de.sozialraum.test.Numbered.v1", sozialraumId,
                    "{\"n\":%d}".formatted(n), Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE", "kommune", "16053"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(count)));
        return sozialraumId;
    }
}
