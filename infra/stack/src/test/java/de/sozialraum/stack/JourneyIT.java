package de.sozialraum.stack;

import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import de.sozialraum.testsupport.CloudEventRecords;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journey as a new user runs it: the README's run command, the curl journey through the gateway
 * with the demo users' tokens, one timeline in order naming who did what; a redelivered event; Ctrl-C;
 * a restart on the same data, after which a decision's saga carries on where it stopped; and reporting's state as of an
 * instant, derived from the timeline, equal to what planning's and coordination's live views said at that instant.
 */
class JourneyIT {

    private static final String TOPIC = "sozialraum.events.v1";
    private static final List<String> JOURNEY = List.of(
            "de.sozialraum.planning.SozialraumRegistered.v1",
            "de.sozialraum.planning.GoalSet.v1",
            "de.sozialraum.coordination.AssignmentIssued.v1",
            "de.sozialraum.coordination.AssignmentAccepted.v1");

    @TempDir
    Path dataDir;

    private final JsonHttp http = new JsonHttp();
    private JsonHttp stabsstelle;
    private JsonHttp jugendamt;
    private JsonHttp sozialamt;
    private JsonHttp pruefung;

    /** Tokens of the demo users from the stack's identity provider (new after each start: new keys). */
    private void logIn(LauncherProcess stack) {
        stabsstelle = http.as(http.token(stack.issuer(), "stabsstelle", "demo"));
        jugendamt = http.as(http.token(stack.issuer(), "leitung-jugendamt", "demo"));
        sozialamt = http.as(http.token(stack.issuer(), "leitung-sozialamt", "demo"));
        pruefung = http.as(http.token(stack.issuer(), "pruefung", "demo"));
    }

    @Test
    void journeyEndsOnOneOrderedTimelineThatIgnoresRedeliveriesAndSurvivesARestart() throws Exception {
        LauncherProcess stack = new LauncherProcess(dataDir).start();
        String api = stack.gatewayUrl() + "/api";
        logIn(stack);

        String sozialraum = created(stabsstelle.post(api + "/sozialraeume", """
                {"name":"Lobeda","kind":"STADTTEIL"}"""));
        String goal = created(stabsstelle.post(api + "/sozialraeume/" + sozialraum + "/goals", """
                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}""".formatted(inOneYear())));
        String assignment = issue(api, sozialraum, "jugendamt", goal);
        assertThat(jugendamt.post(api + "/assignments/" + assignment + "/accept", "").status()).isEqualTo(202);

        JsonNode timeline = timelineWith(api, sozialraum, 4);
        assertThat(texts(timeline, "type")).containsExactlyElementsOf(JOURNEY);
        assertThat(positions(timeline)).containsExactly(1L, 2L, 3L, 4L);
        JsonNode entries = timeline.get("entries");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("kommune").asText()).isEqualTo("16053");
            assertThat(entry.get("timelineId").asText()).isEqualTo(sozialraum);
        });
        assertThat(texts(timeline, "actor", "id")).containsExactly("stabsstelle", "stabsstelle", "stabsstelle", "leitung-jugendamt");
        assertThat(entries.get(3).get("actor").get("name").asText()).isEqualTo("Jonas Keller (Leitung Jugendamt)");
        assertThat(entries.get(3).get("actor").get("department").asText()).isEqualTo("jugendamt");
        assertThat(entries.get(0).get("data").get("name").asText()).isEqualTo("Lobeda");
        assertThat(entries.get(1).get("data").get("goalId").asText()).isEqualTo(goal);
        assertThat(entries.get(2).get("data").get("goalIds").get(0).asText()).isEqualTo(goal);
        assertThat(entries.get(3).get("data").get("assignmentId").asText()).isEqualTo(assignment);

        JsonHttp.Response refused = jugendamt.post(api + "/assignments/" + assignment + "/decline", """
                {"reason":"Doch keine Kapazität"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("currentStatus").asText()).isEqualTo("ACCEPTED");

        ConsumerRecord<String, byte[]> accepted = TopicReader.readAll(stack.kafkaBootstrapServers(), TOPIC).stream()
                .filter(record -> sozialraum.equals(record.key()))
                .filter(record -> header(record, "ce_type").orElse("").endsWith("AssignmentAccepted.v1"))
                .findFirst().orElseThrow();
        CloudEventRecords.resend(stack.kafkaBootstrapServers(), accepted);
        String second = issue(api, sozialraum, "sozialamt", goal);
        assertThat(sozialamt.post(api + "/assignments/" + second + "/decline", """
                {"reason":"Zuständig ist das Jobcenter"}""").status()).isEqualTo(202);

        timeline = timelineWith(api, sozialraum, 6);
        assertThat(positions(timeline)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(texts(timeline, "eventId")).doesNotHaveDuplicates();
        assertThat(texts(timeline, "type").subList(4, 6)).containsExactly(
                "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentDeclined.v1");
        assertThat(timeline.get("entries").get(5).get("data").get("reason").asText()).isEqualTo("Zuständig ist das Jobcenter");

        // what planning's and coordination's live read models say now; reporting's state as of now must say the same later
        Instant capturedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JsonNode liveGoals = pruefung.get(api + "/sozialraeume/" + sozialraum + "/goals").body().get("goals");
        List<JsonNode> liveAssignments = List.of(assignmentIs(api, assignment, "ACCEPTED"), assignmentIs(api, second, "DECLINED"));

        // a decision whose mandate the system issues before the stop and follows after the restart (saga state in MongoDB)
        JsonHttp.Response decided = stabsstelle.post(api + "/decisions", """
                {"body":"JUGENDHILFEAUSSCHUSS","decidedOn":"%s","subject":"Ferienangebote in Lobeda","rationale":"Bedarf",
                 "sozialraumId":"%s","mandates":[{"department":"jugendamt","title":"Ferienangebote","dueDate":"%s"}]}"""
                .formatted(LocalDate.now(), sozialraum, inOneYear()));
        assertThat(decided.status()).as("decision: %s", decided.body()).isEqualTo(201);
        String mandate = decided.body().get("mandateAssignmentIds").get(0).asText();
        timeline = timelineWith(api, sozialraum, 8);
        assertThat(texts(timeline, "type").subList(6, 8)).containsExactly(
                "de.sozialraum.coordination.DecisionRecorded.v1", "de.sozialraum.coordination.AssignmentIssued.v1");
        assertThat(timeline.get("entries").get(7).get("actor").get("id").asText()).isEqualTo("system");

        assertThat(stack.stop()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(stack.survivingChildren()).isEmpty();

        stack.start();
        logIn(stack);
        assertThat(pruefung.get(api + "/sozialraeume/" + sozialraum + "/timeline").body()).isEqualTo(timeline);
        created(stabsstelle.post(api + "/sozialraeume/" + sozialraum + "/goals", """
                {"title":"Pflege im Quartier sichern","handlungsfeld":"ALTENHILFE","leitziel":"TEILHABE","leadDepartment":"sozialamt","dueDate":"%s"}""".formatted(inOneYear())));
        JsonNode afterRestart = timelineWith(api, sozialraum, 9);
        assertThat(afterRestart.get("entries").get(8).get("type").asText()).isEqualTo("de.sozialraum.planning.GoalSet.v1");
        assertThat(afterRestart.get("entries").get(8).get("aggregate").get("sequence").asLong()).isEqualTo(2);

        assertThat(jugendamt.post(api + "/assignments/" + mandate + "/accept", "").status()).isEqualTo(202);
        assertThat(jugendamt.post(api + "/assignments/" + mandate + "/complete", "{\"outcome\":\"40 Plätze\"}").status()).isEqualTo(202);
        JsonNode implemented = timelineWith(api, sozialraum, 12);
        assertThat(texts(implemented, "type").subList(9, 12)).containsExactly("de.sozialraum.coordination.AssignmentAccepted.v1",
                "de.sozialraum.coordination.AssignmentCompleted.v1", "de.sozialraum.coordination.DecisionImplemented.v1");
        assertThat(implemented.get("entries").get(11).get("actor").get("id").asText()).isEqualTo("system");

        assertStateAsOfEqualsLive(api, sozialraum, capturedAt, liveGoals, liveAssignments);
        JsonNode known = pruefung.get(stack.gatewayUrl() + stabsstelle.get(api + "/decisions/" + decided.body().get("id").asText())
                .body().get("audit").get("knownWhenDecided").asText()).body();
        assertThat(known.get("position").asLong()).isEqualTo(7);
        assertThat(known.get("state").get("assignments").findValuesAsText("status")).containsExactly("ACCEPTED", "DECLINED");
        assertThat(known.get("state").get("decisions")).isEmpty();

        assertThat(stack.stop()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(stack.survivingChildren()).isEmpty();
        assertThat(stack.output()).contains("Gestoppt.").doesNotContain("unerwartet");
    }

    /** Coordination's view of an assignment once it shows {@code status} (its projection follows the events). */
    private JsonNode assignmentIs(String api, String assignment, String status) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> pruefung.get(api + "/assignments/" + assignment).body(),
                view -> status.equals(view.path("status").asText()));
    }

    /** Reporting's state as of an instant, from the timeline only, says what the services' live views said then. */
    private void assertStateAsOfEqualsLive(String api, String sozialraum, Instant at, JsonNode liveGoals, List<JsonNode> liveAssignments) {
        JsonNode state = pruefung.get(api + "/sozialraeume/" + sozialraum + "/timeline/state?at=" + at).body();
        assertThat(state.get("entries").asInt()).isEqualTo(6);
        assertThat(state.get("goals")).hasSize(liveGoals.size());
        for (JsonNode live : liveGoals) {
            JsonNode then = only(state.get("goals"), "goalId", live.get("id").asText());
            for (String field : List.of("title", "status", "leadDepartment", "dueDate", "handlungsfeld", "leitziel")) {
                assertThat(then.get(field).asText()).as("goal %s", field).isEqualTo(live.get(field).asText());
            }
        }
        assertThat(state.get("assignments")).hasSize(liveAssignments.size());
        for (JsonNode live : liveAssignments) {
            JsonNode then = only(state.get("assignments"), "assignmentId", live.get("id").asText());
            for (String field : List.of("status", "department", "title", "dueDate", "priority")) {
                assertThat(then.get(field).asText()).as("assignment %s", field).isEqualTo(live.get(field).asText());
            }
            assertThat(then.get("goalIds")).isEqualTo(live.get("goalIds"));
        }
    }

    private static JsonNode only(JsonNode items, String idField, String id) {
        List<JsonNode> matching = StreamSupport.stream(items.spliterator(), false).filter(item -> id.equals(item.path(idField).asText())).toList();
        assertThat(matching).as("%s %s", idField, id).hasSize(1);
        return matching.get(0);
    }

    /** Planning's events reach coordination asynchronously; until then the answer is 422 and nothing changes. */
    private String issue(String api, String sozialraum, String department, String goal) {
        String body = """
                {"sozialraumId":"%s","department":"%s","title":"Streetwork ausbauen","dueDate":"%s","goalIds":["%s"]}"""
                .formatted(sozialraum, department, inOneYear(), goal);
        JsonHttp.Response response = await().atMost(Duration.ofSeconds(60)).until(
                () -> stabsstelle.post(api + "/assignments", body),
                answer -> answer.status() != 422);
        return created(response);
    }

    private JsonNode timelineWith(String api, String sozialraum, int entries) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> pruefung.get(api + "/sozialraeume/" + sozialraum + "/timeline").body(),
                page -> page.path("total").asInt() == entries);
    }

    private static String created(JsonHttp.Response response) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static List<String> texts(JsonNode timeline, String... path) {
        return StreamSupport.stream(timeline.get("entries").spliterator(), false)
                .map(entry -> {
                    JsonNode node = entry;
                    for (String field : path) {
                        node = node.get(field);
                    }
                    return node.asText();
                })
                .toList();
    }

    private static List<Long> positions(JsonNode timeline) {
        return StreamSupport.stream(timeline.get("entries").spliterator(), false).map(entry -> entry.get("position").asLong()).toList();
    }

    private static String inOneYear() {
        return LocalDate.now().plusYears(1).toString();
    }
}
