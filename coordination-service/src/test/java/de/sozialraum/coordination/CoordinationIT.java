package de.sozialraum.coordination;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.coordination.department.persistence.MongoDepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
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
import org.springframework.test.web.servlet.ResultActions;

/** Coordination against the real broker and store: it learns Sozialräume from planning's events. */
@ServiceIntegrationTest
class CoordinationIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    MongoSozialraumDirectory directory;

    @Autowired
    MongoDepartmentCatalogue departments;

    /** Planning registers Jena at its start; a redelivery each time changes nothing. */
    @BeforeEach
    void planningRegisteredJena() {
        PlanningFeed.jena(publication.topic());
    }

    @Test
    void issuesAndAcceptsAnAssignmentForASozialraumLearntFromPlanning() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, """
                {"goalId":"goal-1","sozialraumId":"%s","kommuneKey":"16053","title":"Kinderarmut senken",
                 "handlungsfeld":"JUGENDHILFE","dueDate":"2028-12-31"}""".formatted(sozialraumId));

        String assignmentId = issueWhenKnown(sozialraumId, List.of("goal-1"));
        mvc.perform(post("/api/assignments/{id}/accept", assignmentId).with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/assignments/{id}/decline", assignmentId).with(as(TestUser.LEITUNG_JUGENDAMT)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Doch keine Kapazität\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("ACCEPTED"));

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> events.size() == 2);
        assertThat(published).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentAccepted.v1");
        assertThat(published).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(sozialraumId);
            assertThat(header(record, "ce_kommune")).hasValue("16053");
            assertThat(header(record, "ce_aggregateid")).hasValue(assignmentId);
        });
        assertThat(header(published.get(0), "ce_actorid")).hasValue("stabsstelle");
        assertThat(header(published.get(1), "ce_actorid")).hasValue("leitung-jugendamt");
        assertThat(header(published.get(1), "ce_actorname")).hasValue("Jonas Keller (Leitung Jugendamt)");
        assertThat(header(published.get(1), "ce_actorrole")).hasValue("DEPARTMENT_HEAD");
        assertThat(header(published.get(1), "ce_actordepartment")).hasValue("jugendamt");
        assertThat(json.readTree(published.get(0).value()).get("goalIds").get(0).asText()).isEqualTo("goal-1");
    }

    @Test
    void theDepartmentWorksOnAnAssignmentUntilItIsDoneAndEveryStepIsPublishedInOrder() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        String assignmentId = issueWhenKnown(sozialraumId, List.of());
        step(assignmentId, "accept", TestUser.LEITUNG_JUGENDAMT, "").andExpect(status().isAccepted());
        step(assignmentId, "progress", TestUser.LEITUNG_JUGENDAMT, "{\"percent\":40}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        step(assignmentId, "block", TestUser.LEITUNG_JUGENDAMT, "{\"reason\":\"Räume fehlen\"}").andExpect(jsonPath("$.status").value("BLOCKED"));
        step(assignmentId, "complete", TestUser.LEITUNG_JUGENDAMT, "{\"outcome\":\"Erledigt\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("assignment-complete-refused"))
                .andExpect(jsonPath("$.currentStatus").value("BLOCKED"));
        step(assignmentId, "unblock", TestUser.LEITUNG_JUGENDAMT, "{\"reason\":\"Räume im Stadtteilzentrum\"}").andExpect(status().isAccepted());
        step(assignmentId, "complete", TestUser.LEITUNG_JUGENDAMT, "{\"outcome\":\"Zwei Streetworker im Einsatz\",\"evidence\":\"Jahresbericht 2027\"}")
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        step(assignmentId, "cancel", TestUser.STABSSTELLE, "{\"reason\":\"Zu spät\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("COMPLETED"));

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> events.size() == 6);
        assertThat(published).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentAccepted.v1",
                "de.sozialraum.coordination.AssignmentProgressReported.v1", "de.sozialraum.coordination.AssignmentBlocked.v1",
                "de.sozialraum.coordination.AssignmentUnblocked.v1", "de.sozialraum.coordination.AssignmentCompleted.v1");
        assertThat(json.readTree(published.get(5).value()).get("evidence").asText()).isEqualTo("Jahresbericht 2027");
        assertThat(header(published.get(5), "ce_actorid")).hasValue("leitung-jugendamt");
    }

    @Test
    void aCounterProposalOfAnotherDepartmentAcceptedByTheStabsstelleIsThatDepartmentsToAnswer() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        String assignmentId = issueWhenKnown(sozialraumId, List.of());
        step(assignmentId, "counter-propose", TestUser.LEITUNG_JUGENDAMT, "{\"department\":\"sozialamt\",\"reason\":\"Schuldnerberatung\"}")
                .andExpect(jsonPath("$.status").value("COUNTER_PROPOSED"));
        step(assignmentId, "proposal/accept", TestUser.STABSSTELLE, "").andExpect(jsonPath("$.status").value("ISSUED"));
        step(assignmentId, "accept", TestUser.LEITUNG_JUGENDAMT, "").andExpect(status().isForbidden());
        step(assignmentId, "accept", TestUser.LEITUNG_SOZIALAMT, "").andExpect(jsonPath("$.status").value("ACCEPTED"));

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> events.size() == 4);
        assertThat(published).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentCounterProposed.v1",
                "de.sozialraum.coordination.AssignmentProposalAccepted.v1", "de.sozialraum.coordination.AssignmentAccepted.v1");
        assertThat(json.readTree(published.get(2).value()).get("department").asText()).isEqualTo("sozialamt");
        assertThat(header(published.get(3), "ce_actordepartment")).hasValue("sozialamt");
    }

    @Test
    void anAssignmentForASozialraumPlanningNeverRecordedIsRefused() throws Exception {
        mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(issueBody(UUID.randomUUID().toString(), List.of())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("sozialraum-unknown"));
    }

    @Test
    void aSozialraumPlanningRetiredTakesNoNewAssignmentsEvenIfItsRegistrationIsDeliveredAgain() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        issueWhenKnown(sozialraumId, List.of());

        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRetired.v1", sozialraumId, """
                {"sozialraumId":"%s","kommuneKey":"16053","reason":"Mit Winzerla zusammengelegt"}""".formatted(sozialraumId));
        planningRegistered(sozialraumId); // a redelivery, after the retirement: it must not bring the Sozialraum back
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, """
                {"goalId":"marker","sozialraumId":"%s","kommuneKey":"16053","title":"Marke"}""".formatted(sozialraumId));
        // same key, same partition: once the later goal is known, the redelivery before it was handled too
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.unknownGoals(sozialraumId, List.of("marker")).isEmpty());

        mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(issueBody(sozialraumId, List.of())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"))
                .andExpect(jsonPath("$.detail").value("Der Sozialraum %s ist aufgelöst; für ihn werden keine Aufträge mehr erteilt."
                        .formatted(sozialraumId)));
    }

    @Test
    void aGoalPlanningClosedServesNoNewAssignmentEvenIfItIsDeliveredAgain() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        String goalSet = """
                {"goalId":"goal-done","sozialraumId":"%s","kommuneKey":"16053","title":"Spielplatz erneuern"}""".formatted(sozialraumId);
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, goalSet);
        issueWhenKnown(sozialraumId, List.of("goal-done"));

        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalClosed.v1", sozialraumId, """
                {"goalId":"goal-done","sozialraumId":"%s","kommuneKey":"16053","outcome":"ACHIEVED"}""".formatted(sozialraumId));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, goalSet); // redelivery

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(issueBody(sozialraumId, List.of("goal-done"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("goal-closed")));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", sozialraumId, """
                {"goalId":"marker-2","sozialraumId":"%s","kommuneKey":"16053","title":"Marke"}""".formatted(sozialraumId));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.unknownGoals(sozialraumId, List.of("marker-2")).isEmpty());
        assertThat(directory.closedGoals(sozialraumId, List.of("goal-done"))).as("still closed after the redelivery").containsExactly("goal-done");
    }

    /** What planning publishes for a merge (docs/events.md): the goal lives on in the successor, under a new id. */
    @Test
    void aGoalCarriedOverByAMergeServesNewAssignmentsOnlyInTheSuccessor() throws Exception {
        String lobeda = UUID.randomUUID().toString();
        String merged = UUID.randomUUID().toString();
        planningRegistered(lobeda);
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", lobeda, """
                {"goalId":"goal-old","sozialraumId":"%s","kommuneKey":"16053","title":"Kinderarmut senken"}""".formatted(lobeda));
        issueWhenKnown(lobeda, List.of("goal-old"));

        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalClosed.v1", lobeda, """
                {"goalId":"goal-old","sozialraumId":"%s","kommuneKey":"16053","outcome":"TRANSFERRED","note":"Zusammenlegung: Beschluss",
                 "carriedOverTo":{"sozialraumId":"%s","goalId":"goal-new"}}""".formatted(lobeda, merged));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRetired.v1", lobeda, """
                {"sozialraumId":"%s","kommuneKey":"16053","reason":"Beschluss","restructuring":"MERGE","successorIds":["%s"]}"""
                .formatted(lobeda, merged));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.SozialraumRegistered.v1", merged, """
                {"sozialraumId":"%s","kommuneKey":"16053","name":"Lobeda-Winzerla","kind":"STADTTEIL","restructuring":"MERGE",
                 "predecessorIds":["%s","sr-winzerla"]}""".formatted(merged, lobeda));
        CloudEventRecords.send(publication.topic(), "de.sozialraum.planning.GoalSet.v1", merged, """
                {"goalId":"goal-new","sozialraumId":"%s","kommuneKey":"16053","title":"Kinderarmut senken",
                 "carriedOverFrom":{"sozialraumId":"%s","goalId":"goal-old"}}""".formatted(merged, lobeda));

        issueWhenKnown(merged, List.of("goal-new"));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.isRetired(lobeda));
        assertThat(directory.closedGoals(lobeda, List.of("goal-old"))).as("a transferred goal is closed").containsExactly("goal-old");
        mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(issueBody(lobeda, List.of("goal-old"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"));
    }

    @Test
    void aDepartmentPlanningAddedTakesAssignmentsUntilPlanningRetiresItEvenIfItsAdditionIsDeliveredAgain() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);
        String traeger = "stadtteilbuero-" + sozialraumId.substring(0, 8);
        String added = """
                {"kommuneKey":"16053","departmentKey":"%s","name":"Stadtteilbüro Lobeda (AWO)","type":"FREIER_TRAEGER"}""".formatted(traeger);
        kommuneEvent("de.sozialraum.planning.DepartmentAdded.v1", added);

        issueWhenKnown(sozialraumId, traeger, List.of());

        kommuneEvent("de.sozialraum.planning.DepartmentRetired.v1", """
                {"kommuneKey":"16053","departmentKey":"%s","reason":"Trägerwechsel"}""".formatted(traeger));
        kommuneEvent("de.sozialraum.planning.DepartmentAdded.v1", added); // a redelivery, after the retirement
        planningRegisteredJena(); // so is this one
        kommuneEvent("de.sozialraum.planning.DepartmentAdded.v1", """
                {"kommuneKey":"16053","departmentKey":"marker-%s","name":"Marke","type":"AMT"}""".formatted(traeger));
        // same key (kommune:16053), same partition: once the later marker is known, everything before it was handled
        await().atMost(Duration.ofSeconds(30)).until(() -> departments.isActive("16053", "marker-" + traeger));

        mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(issueBody(sozialraumId, traeger, List.of())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("department-unknown"));
        assertThat(departments.isActive("16052", "jugendamt")).as("Jena's catalogue is not Gera's").isFalse();
    }

    @Test
    void aRecordThatIsNoCloudEventGoesToTheDeadLetterTopicAndTheDirectoryCarriesOn() throws Exception {
        CloudEventRecords.sendRaw(publication.topic(), "garbage", Map.of(), "not an event".getBytes(StandardCharsets.UTF_8));
        String sozialraumId = UUID.randomUUID().toString();
        planningRegistered(sozialraumId);

        issueWhenKnown(sozialraumId, List.of());
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.deadLetterTopic()),
                records -> !records.isEmpty());
        assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
    }

    private ResultActions step(String assignmentId, String step, TestUser user, String body) throws Exception {
        return mvc.perform(post("/api/assignments/{id}/" + step, assignmentId).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void kommuneEvent(String type, String data) {
        CloudEventRecords.send(publication.topic(), type, "kommune:16053", data);
    }

    private void planningRegistered(String sozialraumId) {
        PlanningFeed.sozialraumRegistered(publication.topic(), sozialraumId);
    }

    /** Planning's events reach coordination asynchronously; until then the answer is 422 and nothing changes. */
    private String issueWhenKnown(String sozialraumId, List<String> goalIds) throws Exception {
        return issueWhenKnown(sozialraumId, "jugendamt", goalIds);
    }

    private String issueWhenKnown(String sozialraumId, String department, List<String> goalIds) throws Exception {
        return CreatedWhenKnown.id(mvc, "/api/assignments", issueBody(sozialraumId, department, goalIds));
    }

    private static String issueBody(String sozialraumId, List<String> goalIds) throws Exception {
        return issueBody(sozialraumId, "jugendamt", goalIds);
    }

    private static String issueBody(String sozialraumId, String department, List<String> goalIds) throws Exception {
        return json.writeValueAsString(Map.of("sozialraumId", sozialraumId, "department", department,
                "title", "Streetwork ausbauen", "dueDate", LocalDate.now().plusMonths(6).toString(), "goalIds", goalIds));
    }

    private List<ConsumerRecord<String, byte[]>> ownEvents(String sozialraumId) {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                .filter(record -> sozialraumId.equals(record.key()))
                .filter(record -> header(record, "ce_source").orElse("").endsWith("coordination-service"))
                .toList();
    }
}
