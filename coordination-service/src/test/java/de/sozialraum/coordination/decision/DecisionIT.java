package de.sozialraum.coordination.decision;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.coordination.CreatedWhenKnown;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Decisions and their mandates against the real broker and store, from the HTTP request to the published timeline. */
@ServiceIntegrationTest
class DecisionIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final String DECIDED = "de.sozialraum.coordination.DecisionRecorded.v1";
    private static final String ISSUED = "de.sozialraum.coordination.AssignmentIssued.v1";
    private static final String IMPLEMENTED = "de.sozialraum.coordination.DecisionImplemented.v1";
    private static final String CANCELLED = "de.sozialraum.coordination.AssignmentCancelled.v1";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    private String sozialraumId;
    /** The assignment ids the last recording answered with, in the order of its mandates. */
    private List<String> announcedMandates;

    /** Planning has registered Jena with its departments, and a Sozialraum with a goal (the listeners learn them from the topic). */
    @BeforeEach
    void planningRecordedJenaAndASozialraum() {
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.KommuneRegistered.v1", "kommune:16053", """
                {"kommuneKey":"16053","name":"Jena","kind":"KREISFREIE_STADT","departments":[
                 {"key":"jugendamt","name":"Jugendamt","type":"AMT"},{"key":"sozialamt","name":"Sozialamt","type":"AMT"}]}""");
        sozialraumId = UUID.randomUUID().toString();
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRegistered.v1", sozialraumId, """
                {"sozialraumId":"%s","kommuneKey":"16053","name":"Lobeda","kind":"STADTTEIL"}""".formatted(sozialraumId));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, """
                {"goalId":"goal-%s","sozialraumId":"%s","kommuneKey":"16053","title":"Kinderarmut senken"}"""
                .formatted(sozialraumId, sozialraumId));
    }

    @Test
    void aDecisionWithTwoMandatesToTwoDepartmentsBothCompletedEndsImplementedOnTheTimelineAndInTheRegister() throws Exception {
        String decisionId = recordWhenKnown(twoMandates());
        List<String> assignments = issuedMandates(decisionId);

        for (String step : List.of("accept", "complete")) {
            act(assignments.get(0), step, TestUser.LEITUNG_JUGENDAMT).andExpect(status().isAccepted());
            act(assignments.get(1), step, TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());
        }

        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.PRUEFUNG),
                view -> view.get("implementation").asText().equals("IMPLEMENTED"));
        assertThat(decision.get("mandates")).extracting(mandate -> mandate.get("status").asText()).containsExactly("COMPLETED", "COMPLETED");
        assertThat(decision.get("versions").get(0).get("by").get("id").asText()).isEqualTo("stabsstelle");
        assertThat(decision.get("versions").get(0).get("references").get(0).get("kind").asText()).isEqualTo("GOAL");

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> types(events).contains(IMPLEMENTED));
        List<String> types = types(published);
        assertThat(types.get(0)).isEqualTo(DECIDED);
        assertThat(types.get(types.size() - 1)).isEqualTo(IMPLEMENTED);
        assertThat(types).as("each mandate issued once").filteredOn(ISSUED::equals).hasSize(2);
        ConsumerRecord<String, byte[]> implemented = published.get(published.size() - 1);
        assertThat(header(implemented, "ce_actorid")).hasValue("system");
        assertThat(header(implemented, "ce_actordepartment")).as("not the department whose completion caused it").isEmpty();
        assertThat(header(implemented, "ce_aggregateid")).hasValue(decisionId);
        assertThat(json.readTree(implemented.value()).get("completed")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(assignments);
        String trace = header(published.get(0), "ce_correlationid").orElseThrow();
        assertThat(published).filteredOn(record -> header(record, "ce_type").orElseThrow().equals(ISSUED)).allSatisfy(record -> {
            assertThat(header(record, "ce_actorrole")).hasValue("SYSTEM");
            assertThat(header(record, "ce_correlationid")).as("caused by the decision's recording").hasValue(trace);
            assertThat(json.readTree(record.value()).get("decisionId").asText()).isEqualTo(decisionId);
        });
    }

    @Test
    void aDeclinedMandateMakesThePartialOutcomeProvisionalUntilItIsReassignedAndCompleted() throws Exception {
        String decisionId = recordWhenKnown(twoMandates());
        List<String> assignments = issuedMandates(decisionId);
        act(assignments.get(0), "decline", TestUser.LEITUNG_JUGENDAMT).andExpect(status().isAccepted());
        act(assignments.get(1), "accept", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());
        act(assignments.get(1), "complete", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());

        JsonNode partial = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.STABSSTELLE),
                view -> view.get("implementation").asText().equals("PARTIALLY_IMPLEMENTED"));
        assertThat(partial.get("conclusive").asBoolean(true)).as("a declined mandate may still be reassigned").isFalse();

        mvc.perform(post("/api/assignments/{id}/reassign", assignments.get(0)).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"department\":\"sozialamt\",\"reason\":\"Schuldnerberatung übernimmt\"}"))
                .andExpect(status().isAccepted());
        JsonNode reopened = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.STABSSTELLE),
                view -> view.get("implementation").asText().equals("OPEN"));
        assertThat(reopened.get("mandates").get(0).get("department").asText()).isEqualTo("sozialamt");

        act(assignments.get(0), "accept", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());
        act(assignments.get(0), "complete", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());
        JsonNode implemented = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.PRUEFUNG),
                view -> view.get("implementation").asText().equals("IMPLEMENTED"));
        assertThat(implemented.get("mandates")).extracting(mandate -> mandate.get("status").asText()).containsExactly("COMPLETED", "COMPLETED");
        assertThat(implemented.has("conclusive")).isFalse();
    }

    @Test
    void revokingTheDecisionCancelsItsOpenMandatedAssignmentsAndLeavesTheCompletedOne() throws Exception {
        String decisionId = recordWhenKnown(twoMandates());
        List<String> assignments = issuedMandates(decisionId);
        act(assignments.get(0), "accept", TestUser.LEITUNG_JUGENDAMT).andExpect(status().isAccepted());
        act(assignments.get(0), "complete", TestUser.LEITUNG_JUGENDAMT).andExpect(status().isAccepted());
        act(assignments.get(1), "accept", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isAccepted());

        mvc.perform(post("/api/decisions/{id}/revoke", decisionId).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Haushaltssperre\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REVOKED"));

        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.STABSSTELLE),
                view -> view.get("implementation").asText().equals("PARTIALLY_IMPLEMENTED"));
        assertThat(decision.get("status").asText()).isEqualTo("REVOKED");
        assertThat(decision.get("revocation").get("reason").asText()).isEqualTo("Haushaltssperre");
        assertThat(decision.get("mandates")).extracting(mandate -> mandate.get("status").asText()).containsExactly("COMPLETED", "CANCELLED");
        act(assignments.get(1), "complete", TestUser.LEITUNG_SOZIALAMT).andExpect(status().isConflict());

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> types(events).contains(CANCELLED));
        ConsumerRecord<String, byte[]> cancelled = published.stream()
                .filter(record -> header(record, "ce_type").orElseThrow().equals(CANCELLED)).findFirst().orElseThrow();
        assertThat(header(cancelled, "ce_aggregateid")).hasValue(assignments.get(1));
        assertThat(header(cancelled, "ce_actorid")).hasValue("system");
        assertThat(json.readTree(cancelled.value()).get("reason").asText())
                .isEqualTo("Beschluss „Streetwork in Lobeda“ vom %s aufgehoben: Haushaltssperre"
                        .formatted(yesterday().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));

        mvc.perform(post("/api/decisions/{id}/amend", decisionId).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"Neu\",\"reason\":\"Zu spät\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision-amend-refused"))
                .andExpect(jsonPath("$.currentStatus").value("REVOKED"));
    }

    @Test
    void aDecisionOfTheKommuneAsAWholeIsOnTheKommunesTimelineAndKeepsEveryVersionReadable() throws Exception {
        String body = """
                {"body":"OTHER","bodyName":"Steuerungskreis Sozialplanung","decidedOn":"%s","subject":"Leitbild","rationale":"Beraten"}"""
                .formatted(yesterday());
        MvcResult created = mvc.perform(post("/api/decisions").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn();
        String decisionId = json.readTree(created.getResponse().getContentAsString()).get("id").asText();
        mvc.perform(post("/api/decisions/{id}/amend", decisionId).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"Leitbild 2030\",\"reason\":\"Titel laut Protokoll\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(2));

        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.LEITUNG_SOZIALAMT),
                view -> view.get("version").asInt() == 2 && view.get("versions").size() == 2);
        assertThat(decision.get("implementation").asText()).isEqualTo("NONE");
        assertThat(decision.get("versions")).extracting(version -> version.get("subject").asText()).containsExactly("Leitbild", "Leitbild 2030");
        assertThat(decision.get("versions").get(1).get("reason").asText()).isEqualTo("Titel laut Protokoll");
        assertThat(decision.get("versions").get(1).get("changed").get(0).asText()).isEqualTo("subject");
        mvc.perform(get("/api/decisions/{id}", decisionId).with(as(TestUser.STABSSTELLE_GERA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/decisions?body=OTHER&status=IN_FORCE&limit=200").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[?(@.id == '%s')].subject".formatted(decisionId)).value("Leitbild 2030"));

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents("kommune:16053").stream()
                        .filter(record -> header(record, "ce_aggregateid").orElse("").equals(decisionId)).toList(), events -> events.size() == 2);
        assertThat(types(published)).containsExactly(DECIDED, "de.sozialraum.coordination.DecisionAmended.v1");
    }

    private String twoMandates() {
        String due = LocalDate.now().plusMonths(6).toString();
        return """
                {"body":"JUGENDHILFEAUSSCHUSS","decidedOn":"%s","subject":"Streetwork in Lobeda","rationale":"Bedarf laut Jugendhilfeplanung",
                 "votes":{"yes":11,"no":2,"abstentions":1},"sozialraumId":"%s",
                 "references":[{"kind":"GOAL","id":"goal-%s"},{"kind":"CONTRIBUTION","id":"c-17"}],
                 "mandates":[{"department":"jugendamt","title":"Streetwork ausbauen","dueDate":"%s","priority":"HIGH"},
                             {"department":"sozialamt","title":"Schuldnerberatung vor Ort","dueDate":"%s"}]}"""
                .formatted(yesterday(), sozialraumId, sozialraumId, due, due);
    }

    private static LocalDate yesterday() {
        return LocalDate.now().minusDays(1);
    }

    /** Planning's events reach coordination asynchronously; until then the answer is 422 and nothing is recorded. */
    private String recordWhenKnown(String body) {
        JsonNode answer = CreatedWhenKnown.post(mvc, "/api/decisions", body);
        announcedMandates = new ArrayList<>();
        answer.get("mandateAssignmentIds").forEach(id -> announcedMandates.add(id.asText()));
        return answer.get("id").asText();
    }

    /** The saga issues the mandates; the register shows them issued, in the decision's order. */
    private List<String> issuedMandates(String decisionId) {
        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(() -> register(decisionId, TestUser.STABSSTELLE),
                view -> view.has("mandates") && view.get("mandates").size() == 2
                        && view.get("mandates").findValuesAsText("status").stream().allMatch("ISSUED"::equals));
        assertThat(decision.get("mandates")).extracting(mandate -> mandate.get("department").asText()).containsExactly("jugendamt", "sozialamt");
        assertThat(decision.get("mandates").findValuesAsText("assignmentId")).as("the ids the recording answered with")
                .isEqualTo(announcedMandates);
        return announcedMandates;
    }

    private JsonNode register(String decisionId, TestUser user) throws Exception {
        MvcResult result = mvc.perform(get("/api/decisions/{id}", decisionId).with(as(user))).andReturn();
        return result.getResponse().getStatus() == 200 ? json.readTree(result.getResponse().getContentAsString()) : json.createObjectNode()
                .put("implementation", "").put("version", 0);
    }

    private ResultActions act(String assignmentId, String step, TestUser user) throws Exception {
        String body = switch (step) {
            case "complete" -> "{\"outcome\":\"Erledigt\"}";
            case "decline" -> "{\"reason\":\"Keine Kapazität\"}";
            default -> "";
        };
        return mvc.perform(post("/api/assignments/{id}/" + step, assignmentId).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<ConsumerRecord<String, byte[]>> ownEvents(String timelineId) {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                .filter(record -> timelineId.equals(record.key()))
                .filter(record -> header(record, "ce_source").orElse("").endsWith("coordination-service"))
                .toList();
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, "ce_type").orElseThrow()).toList();
    }
}
