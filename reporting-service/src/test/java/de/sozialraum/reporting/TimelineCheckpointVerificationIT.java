package de.sozialraum.reporting;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.audit.verifier.BundleVerifier;
import de.sozialraum.audit.verifier.Verdict;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signed checkpoints through the service: made while events arrive, shown on the timeline, verified, keys published. */
@ServiceIntegrationTest(properties = {
        // test keys only (openssl genpkey -algorithm ed25519; docs/operations.md); "test-1" stands for a key before a rotation
        "sozialraum.audit.signing-key=" + TimelineCheckpointVerificationIT.PRIVATE_KEY,
        "sozialraum.audit.key-id=test-2",
        "sozialraum.audit.previous-public-keys.test-1=" + TimelineCheckpointVerificationIT.PREVIOUS_PUBLIC_KEY,
        "sozialraum.audit.checkpoint.every-entries=3"})
class TimelineCheckpointVerificationIT {

    static final String PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEILz7M6Jb/kNbNP3LP4FTuZ0RXD3WpLH7gwr7bWEtKPoK";
    static final String PUBLIC_KEY = "MCowBQYDK2VwAyEA07Xek2h2dxXQ2ITy2FFhnLWmvcY/LCP3dzZqMZIulq0=";
    static final String PREVIOUS_PUBLIC_KEY = "MCowBQYDK2VwAyEAPND1DwfxXhDVayy7Q57++xAiF0WJP57DbXzPvZzV6rk=";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MongoDatabase serviceDatabase;

    @TempDir
    Path dir;

    @Test
    void everyThirdEventIsFollowedByASignedCheckpointOnTheTimelineAndTheTimelineVerifiesAsSigned() throws Exception {
        String sozialraumId = sozialraumWithEvents(4); // 1 2 3 [4] 5

        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.entries[*].type", contains("de.sozialraum.test.Numbered.v1", "de.sozialraum.test.Numbered.v1",
                        "de.sozialraum.test.Numbered.v1", CheckpointCheck.TYPE, "de.sozialraum.test.Numbered.v1")))
                .andExpect(jsonPath("$.entries[3].eventId").value("checkpoint:" + sozialraumId + ":3"))
                .andExpect(jsonPath("$.entries[3].actor.id").value("system"))
                .andExpect(jsonPath("$.entries[3].actor.role").value("SYSTEM"))
                .andExpect(jsonPath("$.entries[3].kommune").value("16053"))
                .andExpect(jsonPath("$.entries[3].data.timelineId").value(sozialraumId))
                .andExpect(jsonPath("$.entries[3].data.coveredPosition").value(3))
                .andExpect(jsonPath("$.entries[3].data.keyId").value("test-2"))
                .andExpect(jsonPath("$.entries[3].data.signature").isString());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries").value(5))
                .andExpect(jsonPath("$.checkpoints").value(1))
                .andExpect(jsonPath("$.signedUpTo").value(3))
                .andExpect(jsonPath("$.unsignedEntries").value(1));
    }

    @Test
    void aTailTruncatedAfterACheckpointIsReported() throws Exception {
        String sozialraumId = sozialraumWithEvents(4);
        serviceDatabase.getCollection("timeline_entries").deleteMany(and(eq("timelineId", sozialraumId), gte("position", 4L)));

        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.entries").value(3))
                .andExpect(jsonPath("$.firstBrokenPosition").value(4))
                .andExpect(jsonPath("$.problem.code").value("truncated"))
                .andExpect(jsonPath("$.problem.detail").value(containsString("Einträge am Ende wurden gelöscht")));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/verification", sozialraumId).with(as(TestUser.STABSSTELLE))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.problem.detail").value(containsString("entries at the end were deleted")));
    }

    @Test
    void thePublicKeysArePublishedToEverySignedInRole() throws Exception {
        mvc.perform(get("/api/audit/public-keys").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].keyId").value("test-2"))
                .andExpect(jsonPath("$[0].algorithm").value("Ed25519"))
                .andExpect(jsonPath("$[0].publicKey").value(PUBLIC_KEY))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[1].keyId").value("test-1"))
                .andExpect(jsonPath("$[1].publicKey").value(PREVIOUS_PUBLIC_KEY))
                .andExpect(jsonPath("$[1].current").value(false));
        for (TestUser user : new TestUser[] {TestUser.STABSSTELLE, TestUser.LEITUNG_JUGENDAMT, TestUser.ADMIN, TestUser.STABSSTELLE_GERA}) {
            mvc.perform(get("/api/audit/public-keys").with(as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/audit/public-keys")).andExpect(status().isUnauthorized());
        String body = mvc.perform(get("/api/audit/public-keys").with(as(TestUser.ADMIN))).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(PRIVATE_KEY).doesNotContain("MC4CAQAw");
    }

    @Test
    void aCheckpointArrivingFromOutsideIsRefused() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        CloudEventRecords.send(publication.topic(), CheckpointCheck.TYPE, sozialraumId, "{\"timelineId\":\"%s\"}".formatted(sozialraumId));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.test.Numbered.v1", sozialraumId, "{\"n\":1}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].type", contains("de.sozialraum.test.Numbered.v1"))));
    }

    /** The round trip with checkpoints: the bundle carries them and their keys; offline, only the Kommune's key counts. */
    @Test
    void anExportedTimelineCarriesItsCheckpointsAndKeysAndVerifiesOfflineAgainstTheKommunesKey() throws Exception {
        String sozialraumId = sozialraumWithEvents(4); // 1 2 3 [4] 5

        MvcResult export = mvc.perform(get("/api/sozialraeume/{id}/timeline/export", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(export)).andExpect(status().isOk());
        Path bundle = Files.write(dir.resolve("zeitleiste.zip"), export.getResponse().getContentAsByteArray());

        Verdict verdict = BundleVerifier.verify(bundle, List.of(CheckpointSignature.publicKey(PUBLIC_KEY)));
        assertThat(verdict.outcome()).as(String.join("\n", verdict.lines())).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.entries()).isEqualTo(5);
        assertThat(verdict.signedUpTo()).isEqualTo(3);
        Verdict forged = BundleVerifier.verify(bundle, List.of(CheckpointSignature.generateKeyPair().getPublic()));
        assertThat(forged.firstFinding().code()).as("signed by a key the auditor does not hold").isEqualTo("checkpoint-key-not-trusted");
    }

    private String sozialraumWithEvents(int count) throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        for (int n = 1; n <= count; n++) {
            CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), "de.sozialraum.test.Numbered.v1", sozialraumId,
                    "{\"n\":%d}".formatted(n), Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE", "kommune", "16053"));
        }
        int total = count + count / 3;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total)));
        return sozialraumId;
    }
}
