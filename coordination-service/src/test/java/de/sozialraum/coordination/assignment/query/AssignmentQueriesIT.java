package de.sozialraum.coordination.assignment.query;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.coordination.CreatedWhenKnown;
import de.sozialraum.coordination.MovableClock;
import de.sozialraum.coordination.PlanningFeed;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The queries against the real broker and store: assignments issued and answered over HTTP, the
 * projection following the event store, and "today" moved by the test's clock.
 */
@ServiceIntegrationTest
@Import(AssignmentQueriesIT.MovableClockConfiguration.class)
class AssignmentQueriesIT {

    private static final ObjectMapper json = new ObjectMapper();

    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2027-04-01T08:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MovableClock clock;

    @Test
    void theInboxAndTheOverviewFollowTheAnswersAndTheCalendar() throws Exception {
        clock.moveTo(Instant.parse("2027-04-01T08:00:00Z"));
        String sozialraumId = UUID.randomUUID().toString();
        planningRegisteredJenaAnd(sozialraumId);
        String soon = issueWhenKnown(sozialraumId, "2027-04-10");
        String later = issueWhenKnown(sozialraumId, "2027-06-30");
        String declined = issueWhenKnown(sozialraumId, "2027-06-30");
        step(soon, "accept", "{\"plannedCompletion\":\"2027-04-09\"}").andExpect(status().isAccepted());
        step(later, "counter-propose", "{\"dueDate\":\"2027-09-30\",\"reason\":\"Personal erst im Sommer\"}").andExpect(status().isAccepted());
        step(declined, "decline", "{\"reason\":\"Keine Kapazität\"}").andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/assignments/{id}", declined).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.lastReason").value("Keine Kapazität")));
        mvc.perform(get("/api/assignments/{id}", soon).with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.plannedCompletion").value("2027-04-09"))
                .andExpect(jsonPath("$.acceptedAt").isString());
        mvc.perform(get("/api/assignments/{id}", later).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.status").value("COUNTER_PROPOSED"))
                .andExpect(jsonPath("$.proposal.dueDate").value("2027-09-30"));
        mvc.perform(get("/api/assignments/{id}", soon).with(as(TestUser.STABSSTELLE_GERA))).andExpect(status().isNotFound());

        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value("2027-04-01"))
                .andExpect(jsonPath("$.dueSoon[?(@.id == '%s')].daysLeft".formatted(soon)).value(9))
                .andExpect(jsonPath("$.dueSoon[?(@.id == '%s')].sozialraumName".formatted(soon)).value("Lobeda"))
                .andExpect(jsonPath("$.open[?(@.id == '%s')].status".formatted(later)).value("COUNTER_PROPOSED"))
                .andExpect(jsonPath("$..[?(@.id == '%s')]".formatted(declined)).isEmpty());

        clock.moveTo(Instant.parse("2027-04-12T08:00:00Z"));
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.today").value("2027-04-12"))
                .andExpect(jsonPath("$.overdue[?(@.id == '%s')].daysLeft".formatted(soon)).value(-2));
        mvc.perform(get("/api/departments/jugendamt/inbox").with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("inbox-other-department"));

        String row = "$.sozialraeume[?(@.sozialraumId == '%s')]".formatted(sozialraumId);
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(row + ".name").value("Lobeda"))
                .andExpect(jsonPath(row + ".figures.open").value(2))
                .andExpect(jsonPath(row + ".figures.overdue").value(1))
                .andExpect(jsonPath(row + ".figures.declined").value(1))
                .andExpect(jsonPath(row + ".figures.counterProposalsWaiting").value(1))
                .andExpect(jsonPath(row + ".figures.completed").value(0))
                .andExpect(jsonPath(row + ".figures.acceptances").value(1))
                .andExpect(jsonPath(row + ".figures.medianHoursToAccept").value(contains(greaterThanOrEqualTo(0.0))))
                .andExpect(jsonPath("$.departments[?(@.department == 'jugendamt')].figures.overdue").value(contains(greaterThanOrEqualTo(1))));
        mvc.perform(get("/api/assignments/overview").with(as(TestUser.LEITUNG_JUGENDAMT))).andExpect(status().isForbidden());
    }

    @Test
    void theQueriesAreDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/assignments/{assignmentId}'].get.summary").value(startsWith("Ein Auftrag")))
                .andExpect(jsonPath("$.paths['/api/departments/{department}/inbox'].get.parameters[?(@.name == 'dueSoonDays')]").exists())
                .andExpect(jsonPath("$.paths['/api/assignments/overview'].get.tags[0]").value("Aufträge: Abfragen"));
    }

    private ResultActions step(String assignmentId, String step, String body) throws Exception {
        return mvc.perform(post("/api/assignments/{id}/" + step, assignmentId).with(as(TestUser.LEITUNG_JUGENDAMT))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void planningRegisteredJenaAnd(String sozialraumId) {
        PlanningFeed.jena(publication.topic());
        PlanningFeed.sozialraumRegistered(publication.topic(), sozialraumId);
    }

    /** Planning's events reach coordination asynchronously; until then the answer is 422 and nothing changes. */
    private String issueWhenKnown(String sozialraumId, String dueDate) throws Exception {
        String body = json.writeValueAsString(Map.of("sozialraumId", sozialraumId, "department", "jugendamt",
                "title", "Streetwork ausbauen", "dueDate", dueDate));
        return CreatedWhenKnown.id(mvc, "/api/assignments", body);
    }
}
