package de.sozialraum.reporting;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import de.sozialraum.audit.Jcs;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Sozialraum's state as of an instant, a decision's history and what was known when it was decided, over the real
 * broker and store: events of planning and coordination as they publish them.
 */
@ServiceIntegrationTest(properties = "sozialraum.audit.state.snapshot-every=3")
class TimelineStateIT {

    private static final String P = "de.sozialraum.planning.";
    private static final String C = "de.sozialraum.coordination.";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    private final String sozialraumId = UUID.randomUUID().toString();
    private final String goalId = UUID.randomUUID().toString();
    private final String assignmentId = UUID.randomUUID().toString();
    private final String decisionId = UUID.randomUUID().toString();
    private long sent;

    @BeforeEach
    void nothingSentYet() {
        sent = 0;
    }

    @Test
    void theStateAsOfAnInstantIsTheCurrentStateCapturedAtThatInstant() throws Exception {
        firstWeek();
        Instant t1 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String live1 = state("");
        decisionWeek();
        Instant t2 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String live2 = state("");
        amendmentWeek();

        assertThat(withoutQuery(state("?at=" + t1))).isEqualTo(withoutQuery(live1));
        assertThat(withoutQuery(state("?at=" + t2))).isEqualTo(withoutQuery(live2));
        assertThat(withoutQuery(state("?position=3"))).isEqualTo(withoutQuery(live1));

        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).param("at", t1.toString()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(t1.toString()))
                .andExpect(jsonPath("$.entries").value(3))
                .andExpect(jsonPath("$.sozialraum").doesNotExist())
                .andExpect(jsonPath("$.goals[0].title").value("Kinderarmut senken"))
                .andExpect(jsonPath("$.goals[0].progress.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.goals[0].progress.percent").value(20.0))
                .andExpect(jsonPath("$.assignments[0].status").value("ISSUED"))
                .andExpect(jsonPath("$.decisions").isEmpty());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(jsonPath("$.entries").value(9))
                .andExpect(jsonPath("$.goals[0].title").value("Kinderarmut deutlich senken"))
                .andExpect(jsonPath("$.goals[0].progress.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.goals[0].progress.percent").value(80.0))
                .andExpect(jsonPath("$.assignments[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$.assignments[0].changedBy.name").value("Jan Jung"))
                .andExpect(jsonPath("$.decisions[0].version").value(2))
                .andExpect(jsonPath("$.decisions[0].status").value("IN_FORCE"))
                .andExpect(jsonPath("$.measurements[0].value").value(16.0));
    }

    @Test
    void aDecisionsHistoryResolvesEachVersionsReferencesAsOfThatVersion() throws Exception {
        firstWeek();
        decisionWeek();
        amendmentWeek();

        mvc.perform(get("/api/audit/decisions/{id}", decisionId).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timelineId").value(sozialraumId))
                .andExpect(jsonPath("$.kommuneKey").value("16053"))
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.steps[0].version").value(1))
                .andExpect(jsonPath("$.steps[0].position").value(5))
                .andExpect(jsonPath("$.steps[0].actor.name").value("Sabine Brandt"))
                .andExpect(jsonPath("$.steps[0].why").value("Armut zuerst"))
                .andExpect(jsonPath("$.steps[0].knownAt").value("/api/audit/decisions/%s/known?version=1".formatted(decisionId)))
                .andExpect(jsonPath("$.steps[0].references[0].kind").value("GOAL"))
                .andExpect(jsonPath("$.steps[0].references[0].known").value(true))
                .andExpect(jsonPath("$.steps[0].references[0].upToPosition").value(4))
                .andExpect(jsonPath("$.steps[0].references[0].item.title").value("Kinderarmut senken"))
                .andExpect(jsonPath("$.steps[0].references[1].item.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.steps[0].references[2].item.value").value(19))
                .andExpect(jsonPath("$.steps[0].references[3].known").value(false))
                .andExpect(jsonPath("$.steps[0].references[3].item").doesNotExist())
                .andExpect(jsonPath("$.steps[1].version").value(2))
                .andExpect(jsonPath("$.steps[1].why").value("Neue Zahlen"))
                .andExpect(jsonPath("$.steps[1].references[0].item.title").value("Kinderarmut deutlich senken"))
                .andExpect(jsonPath("$.steps[1].references[1].item.value").value(16.0));

        mvc.perform(get("/api/audit/decisions/{id}/known", decisionId).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.position").value(5))
                .andExpect(jsonPath("$.state.upToPosition").value(4))
                .andExpect(jsonPath("$.state.entries").value(4))
                .andExpect(jsonPath("$.state.decisions").isEmpty())
                .andExpect(jsonPath("$.state.assignments[0].status").value("ACCEPTED"));
        mvc.perform(get("/api/audit/decisions/{id}/known", decisionId).param("version", "2").with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.state.decisions[0].version").value(1))
                .andExpect(jsonPath("$.state.goals[0].title").value("Kinderarmut deutlich senken"));
    }

    @Test
    void badQuestionsGetClearAnswersAndOtherKommunenSeeNothing() throws Exception {
        firstWeek();
        decisionWeek();

        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).param("at", "2026-11-26T10:00:00Z")
                        .param("position", "2").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("state-at-and-position"))
                .andExpect(jsonPath("$.detail").value(containsString("nicht beides")));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).param("at", "gestern").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).param("position", "-1").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("timeline-not-found"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/decisions/{id}", decisionId).with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision-not-found"));
        mvc.perform(get("/api/audit/decisions/{id}", UUID.randomUUID()).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision-not-found"));
        mvc.perform(get("/api/audit/decisions/{id}", sozialraumId).with(as(TestUser.PRUEFUNG))) // another aggregate's id
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision-not-found"));
        mvc.perform(get("/api/sozialraeume/{id}/timeline/state", sozialraumId).param("at", "+300000000-01-01T00:00:00Z")
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").value(5));
        mvc.perform(get("/api/audit/decisions/{id}", decisionId).with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/decisions/{id}/known", decisionId).param("version", "2").with(as(TestUser.PRUEFUNG))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("decision-version-not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("has no version 2")));
    }

    @Test
    void aKommunesStateShowsItsCatalogue() throws Exception {
        String department = "traeger-" + UUID.randomUUID().toString().substring(0, 8);
        CloudEventRecords.send(publication.topic(), P + "DepartmentAdded.v1", "kommune:16053",
                "{\"kommuneKey\":\"16053\",\"departmentKey\":\"%s\",\"name\":\"AWO\",\"type\":\"FREIER_TRAEGER\"}".formatted(department));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/timeline/state")
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timelineId").value("kommune:16053"))
                .andExpect(jsonPath("$.departments[?(@.departmentKey == '%s')].type".formatted(department)).value("FREIER_TRAEGER")));
    }

    private void firstWeek() throws Exception {
        send(P + "GoalSet.v1", "Sozialraum", sozialraumId, STABSSTELLE, "goalId", goalId, "title", "Kinderarmut senken", "target",
                Map.of("indicatorCode", "sgb2-quote", "baseline", 20, "targetValue", 15));
        send(C + "AssignmentIssued.v1", null, STABSSTELLE, "assignmentId", assignmentId, "department", "jugendamt", "title", "Streetwork",
                "dueDate", "2027-06-30", "goalIds", new String[] {goalId});
        send(P + "MeasurementRecorded.v1", null, STABSSTELLE, "indicatorCode", "sgb2-quote", "period", "2025", "periodEnd", "2025-12-31",
                "value", 19);
    }

    private void decisionWeek() throws Exception {
        send(C + "AssignmentAccepted.v1", null, JUGENDAMT, "assignmentId", assignmentId, "department", "jugendamt");
        send(C + "DecisionRecorded.v1", decisionId, STABSSTELLE, "decisionId", decisionId, "body", "STADTRAT", "subject", "Streetwork",
                "rationale", "Armut zuerst", "references", new Object[] {reference("GOAL", goalId), reference("ASSIGNMENT", assignmentId),
                        reference("MEASUREMENT", "sgb2-quote"), reference("GOAL", UUID.randomUUID().toString())});
    }

    private void amendmentWeek() throws Exception {
        send(P + "GoalRevised.v1", null, STABSSTELLE, "goalId", goalId, "title", "Kinderarmut deutlich senken", "revision", 1,
                "target", Map.of("indicatorCode", "sgb2-quote", "baseline", 20, "targetValue", 15));
        send(P + "MeasurementRecorded.v1", null, STABSSTELLE, "indicatorCode", "sgb2-quote", "period", "2026", "periodEnd", "2026-12-31",
                "value", 16.0);
        send(C + "DecisionAmended.v1", decisionId, STABSSTELLE, "decisionId", decisionId, "version", 2, "subject", "Streetwork",
                "reason", "Neue Zahlen", "references", new Object[] {reference("GOAL", goalId), reference("MEASUREMENT", "sgb2-quote")});
        send(C + "AssignmentCompleted.v1", null, JUGENDAMT, "assignmentId", assignmentId, "outcome", "zwei Stellen besetzt");
    }

    private static final Map<String, String> STABSSTELLE = Map.of("actorid", "u-1", "actorname", "Sabine Brandt", "actorrole", "STABSSTELLE");
    private static final Map<String, String> JUGENDAMT = Map.of("actorid", "u-2", "actorname", "Jan Jung", "actorrole", "DEPARTMENT_HEAD",
            "actordepartment", "jugendamt");

    private static Map<String, Object> reference(String kind, String id) {
        return Map.of("kind", kind, "id", id);
    }

    /** Sends one event as the services publish it and waits until the timeline has it. */
    private void send(String type, String decisionId, Map<String, String> actor, Object... fields) throws Exception {
        send(type, "Decision", decisionId, actor, fields);
    }

    private void send(String type, String aggregateType, String aggregateId, Map<String, String> actor, Object... fields) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("sozialraumId", sozialraumId, "kommuneKey", "16053"));
        for (int i = 0; i < fields.length; i += 2) {
            data.put((String) fields[i], fields[i + 1]);
        }
        Map<String, String> extensions = new HashMap<>(actor);
        extensions.put("kommune", "16053");
        if (aggregateId != null) {
            extensions.put("aggregateid", aggregateId);
            extensions.put("aggregatetype", aggregateType);
        }
        CloudEventRecords.send(publication.topic(), UUID.randomUUID().toString(), type, sozialraumId, Jcs.canonicalize(data), extensions);
        long expected = ++sent;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/timeline", sozialraumId)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.total").value(expected)));
    }

    private String state(String query) throws Exception {
        return mvc.perform(get("/api/sozialraeume/{id}/timeline/state" + query, sozialraumId).with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The state without what was asked (instant or position): the rest must be the same. */
    private static Object withoutQuery(String state) {
        return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS)).parse(state)
                .delete("$.asOf").delete("$.upToPosition").json();
    }
}
