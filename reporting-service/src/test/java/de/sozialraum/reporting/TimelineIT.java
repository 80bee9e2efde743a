package de.sozialraum.reporting;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Events of several services on the real broker become one numbered timeline per Sozialraum. */
@ServiceIntegrationTest
class TimelineIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Test
    void eventsOfAllServicesFormOneOrderedTimelineAndARedeliveryIsDropped() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRegistered.v1", sozialraumId,
                "{\"sozialraumId\":\"%s\",\"name\":\"Lobeda\"}".formatted(sozialraumId));
        String issued = CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(),
                "de.sozialraum.coordination.AssignmentIssued.v1", sozialraumId, "{\"assignmentId\":\"a-1\"}",
                Map.of("actorid", "u-1", "actorname", "Stabsstelle Jena", "actorrole", "STABSSTELLE", "kommune", "16053"));
        CloudEventRecords.send(publication.topic(), issued, "de.sozialraum.coordination.AssignmentIssued.v1", sozialraumId,
                "{\"assignmentId\":\"a-1\"}", Map.of("actorid", "u-1"));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.coordination.AssignmentAccepted.v1", sozialraumId,
                "{\"assignmentId\":\"a-1\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3)));

        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.entries[*].position", contains(1, 2, 3)))
                .andExpect(jsonPath("$.entries[*].type", contains("de.sozialraum.planning.SozialraumRegistered.v1",
                        "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentAccepted.v1")))
                .andExpect(jsonPath("$.entries[1].eventId").value(issued))
                .andExpect(jsonPath("$.entries[1].actor.name").value("Stabsstelle Jena"))
                .andExpect(jsonPath("$.entries[1].kommune").value("16053"))
                .andExpect(jsonPath("$.entries[0].data.name").value("Lobeda"))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void pagesThroughALongTimelineByPosition() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        for (int i = 1; i <= 5; i++) {
            CloudEventRecords.send(publication.topic(), "de.sozialraum.test.Numbered.v1", sozialraumId, "{\"n\":%d}".formatted(i));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.total").value(5)));

        mvc.perform(get("/api/sozialraeume/{id}/timeline?from=3&limit=2", sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.entries[*].data.n", contains(3, 4)))
                .andExpect(jsonPath("$.next").value("/api/sozialraeume/%s/timeline?from=5&limit=2".formatted(sozialraumId)));
    }

    @Test
    void anUnknownSozialraumHasNoTimeline() throws Exception {
        mvc.perform(get("/api/sozialraeume/{id}/timeline", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
    }

    @Test
    void anotherKommunesTimelineDoesNotExistForItsUsersAndAdministratorsReadNoContent() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRegistered.v1", sozialraumId,
                "{\"sozialraumId\":\"%s\",\"name\":\"Lobeda\"}".formatted(sozialraumId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isOk()));

        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId).with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("timeline-read-not-permitted"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aKommunesOwnEventsFormItsTimelineWhichIsNoSozialraum() throws Exception {
        String marker = UUID.randomUUID().toString();
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.DepartmentAdded.v1", "kommune:16053",
                "{\"kommuneKey\":\"16053\",\"marker\":\"%s\"}".formatted(marker));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/timeline?limit=500")
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timelineId").value("kommune:16053"))
                .andExpect(jsonPath("$.entries[?(@.data.marker == '%s')].type".formatted(marker))
                        .value(contains("de.sozialraum.planning.DepartmentAdded.v1"))));

        mvc.perform(get("/api/kommunen/16053/timeline").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/kommunen/16052/timeline").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sozialraeume/kommune:16053/timeline").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
    }

    @Test
    void aLimitOutOfRangeIsInvalid() throws Exception {
        mvc.perform(get("/api/sozialraeume/{id}/timeline?limit=0", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("muss mindestens 1 sein"));
    }
}
