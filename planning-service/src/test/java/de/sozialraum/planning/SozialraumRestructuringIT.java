package de.sozialraum.planning;

import static com.mongodb.client.model.Filters.eq;
import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.planning.sozialraum.api.CarriedGoal;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRenamedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Zusammenlegung and Teilung through the API, the real event store and the real broker: links both ways
 * in the views, goals carried over, one commit for all Sozialräume involved, and nothing at all when one
 * of them refuses.
 */
@ServiceIntegrationTest
class SozialraumRestructuringIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    EventStorageEngine eventStore;

    @Autowired
    MongoDatabase serviceDatabase;

    @Test
    void twoSozialraeumeWithGoalsMergeIntoOneThatTakesOverTheirOpenGoalsAndLinksBothWays() throws Exception {
        String jenaSued = register("""
                {"name":"Jena-Süd","kind":"PLANUNGSRAUM"}""");
        awaitView(jenaSued);
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL","parentId":"%s"}""".formatted(jenaSued));
        String winzerla = register("""
                {"name":"Winzerla","kind":"STADTTEIL","parentId":"%s"}""".formatted(jenaSued));
        awaitView(lobeda);
        String lobedaWest = register("""
                {"name":"Lobeda-West","kind":"QUARTIER","parentId":"%s"}""".formatted(lobeda));
        String poverty = setGoal(lobeda, "Kinderarmut senken");
        String care = setGoal(winzerla, "Pflege im Quartier");
        String done = setGoal(winzerla, "Spielplatz erneuern");
        accepted(post("/api/sozialraeume/{id}/goals/{goal}/achieve", winzerla, done), "{}");

        String merged = created(post("/api/sozialraeume/merge"), """
                {"predecessorIds":["%s","%s"],"reason":"Stadtteile zusammengelegt (Beschluss B-2026-17)",
                 "successor":{"name":"Lobeda-Winzerla","kind":"STADTTEIL","parentId":"%s","population":33000}}"""
                .formatted(lobeda, winzerla, jenaSued));

        String povertyThere = CarriedGoal.idFor(merged, poverty);
        String careThere = CarriedGoal.idFor(merged, care);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read("/api/sozialraeume/{id}", merged)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.parentId").value(jenaSued))
                .andExpect(jsonPath("$.population").value(33000))
                .andExpect(jsonPath("$.predecessors[*].id", contains(lobeda, winzerla)))
                .andExpect(jsonPath("$.predecessors[*].name", contains("Lobeda", "Winzerla")))
                .andExpect(jsonPath("$.predecessors[0].restructuring").value("MERGE"))
                .andExpect(jsonPath("$.goalCount").value(2)));
        for (String predecessor : List.of(lobeda, winzerla)) {
            read("/api/sozialraeume/{id}", predecessor)
                    .andExpect(jsonPath("$.status").value("RETIRED"))
                    .andExpect(jsonPath("$.retiredReason").value("Stadtteile zusammengelegt (Beschluss B-2026-17)"))
                    .andExpect(jsonPath("$.successors[0].id").value(merged))
                    .andExpect(jsonPath("$.successors[0].name").value("Lobeda-Winzerla"))
                    .andExpect(jsonPath("$.successors[0].restructuring").value("MERGE"));
        }
        read("/api/sozialraeume/{id}/goals", merged)
                .andExpect(jsonPath("$.goals[*].id", containsInAnyOrder(povertyThere, careThere)))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].status".formatted(povertyThere)).value("OPEN"))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].title".formatted(povertyThere)).value("Kinderarmut senken"))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].carriedOverFrom.sozialraumId".formatted(povertyThere)).value(lobeda))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].carriedOverFrom.goalId".formatted(povertyThere)).value(poverty));
        read("/api/sozialraeume/{id}/goals", winzerla)
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].status".formatted(care)).value("TRANSFERRED"))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].carriedOverTo.goalId".formatted(care)).value(careThere))
                .andExpect(jsonPath("$.goals[?(@.id=='%s')].status".formatted(done)).value("ACHIEVED"));
        read("/api/sozialraeume/{id}", lobedaWest).andExpect(jsonPath("$.parentId").value(lobeda));
        read("/api/sozialraeume").andExpect(jsonPath(
                "$.sozialraeume[?(@.id=='%s')].children[?(@.id=='%s')].successors[0].id".formatted(jenaSued, lobeda)).value(merged));

        Document commit = serviceDatabase.getCollection("event_commits").find(eq("claims", merged + ":0")).first();
        assertThat(commit.getList("claims", String.class)).as("all of the merge is one commit of the event store").containsExactly(
                sorted(lobeda, winzerla).get(0) + ":" + (lobeda.equals(sorted(lobeda, winzerla).get(0)) ? "2" : "4"),
                sorted(lobeda, winzerla).get(0) + ":" + (lobeda.equals(sorted(lobeda, winzerla).get(0)) ? "3" : "5"),
                sorted(lobeda, winzerla).get(1) + ":" + (lobeda.equals(sorted(lobeda, winzerla).get(1)) ? "2" : "4"),
                sorted(lobeda, winzerla).get(1) + ":" + (lobeda.equals(sorted(lobeda, winzerla).get(1)) ? "3" : "5"),
                merged + ":0", merged + ":1", merged + ":2");

        Map<String, List<ConsumerRecord<String, byte[]>>> published = await().atMost(Duration.ofSeconds(30)).until(
                () -> published(Set.of(lobeda, winzerla, merged)),
                byKey -> byKey.getOrDefault(merged, List.of()).size() == 3 && byKey.getOrDefault(lobeda, List.of()).size() == 4
                        && byKey.getOrDefault(winzerla, List.of()).size() == 6);
        assertThat(published.get(lobeda)).extracting(record -> header(record, "ce_type").orElseThrow()).endsWith(
                "de.sozialraum.planning.GoalClosed.v1", "de.sozialraum.planning.SozialraumRetired.v1");
        JsonNode retired = body(published.get(lobeda).get(3));
        assertThat(retired.get("restructuring").asText()).isEqualTo("MERGE");
        assertThat(retired.get("successorIds")).extracting(JsonNode::asText).containsExactly(merged);
        JsonNode transferred = body(published.get(lobeda).get(2));
        assertThat(transferred.get("outcome").asText()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("carriedOverTo").get("goalId").asText()).isEqualTo(povertyThere);
        assertThat(published.get(merged)).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.planning.SozialraumRegistered.v1", "de.sozialraum.planning.GoalSet.v1", "de.sozialraum.planning.GoalSet.v1");
        JsonNode registered = body(published.get(merged).get(0));
        assertThat(registered.get("predecessorIds")).extracting(JsonNode::asText).containsExactly(lobeda, winzerla);
        assertThat(body(published.get(merged).get(1)).get("carriedOverFrom").get("sozialraumId").asText()).isIn(lobeda, winzerla);
        Optional<String> correlation = header(published.get(merged).get(0), "ce_correlationid");
        assertThat(correlation).isPresent();
        assertThat(List.of(published.get(lobeda).get(3), published.get(winzerla).get(5), published.get(merged).get(2)))
                .as("one request, one correlation id on every timeline it touched")
                .allSatisfy(record -> assertThat(header(record, "ce_correlationid")).isEqualTo(correlation));
    }

    @Test
    void aMergeWithARetiredSozialraumIsRefusedAndWritesNothingForTheOthers() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        String winzerla = register("""
                {"name":"Winzerla","kind":"STADTTEIL"}""");
        String retired = sorted(lobeda, winzerla).get(1);
        String active = sorted(lobeda, winzerla).get(0);
        String goal = setGoal(active, "Kinderarmut senken");
        accepted(post("/api/sozialraeume/{id}/retire", retired), """
                {"reason":"aufgelöst"}""");
        long before = eventStore.lastSequenceNumberFor(active).orElseThrow();
        long commits = serviceDatabase.getCollection("event_commits").countDocuments();

        mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"predecessorIds":["%s","%s"],"reason":"zusammengelegt","successor":{"name":"Nie entstanden","kind":"STADTTEIL"}}"""
                                .formatted(lobeda, winzerla)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"))
                .andExpect(jsonPath("$.currentStatus").value("RETIRED"));

        assertThat(eventStore.lastSequenceNumberFor(active)).as("the active one was handled first, and rolled back").contains(before);
        assertThat(serviceDatabase.getCollection("event_commits").countDocuments()).isEqualTo(commits);
        awaitView(active);
        read("/api/sozialraeume/{id}", active).andExpect(jsonPath("$.status").value("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read("/api/sozialraeume/{id}/goals", active)
                .andExpect(jsonPath("$.goals[0].id").value(goal))
                .andExpect(jsonPath("$.goals[0].status").value("OPEN")));
        accepted(post("/api/sozialraeume/{id}/rename", active), """
                {"name":"Lobeda bleibt"}""");
    }

    /**
     * Two instances share the event store but not their aggregate locks. If another instance changes a
     * predecessor after this one loaded it, the merge's commit claims a sequence number that is taken: the
     * store refuses the whole commit (ADR 0007), the API answers 409 concurrent-modification. Here the
     * commit is the one a merge of Lobeda and Winzerla would write, appended after the other instance's.
     */
    @Test
    void aPredecessorChangedMeanwhileByAnotherInstanceFailsTheWholeCommit() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        String winzerla = register("""
                {"name":"Winzerla","kind":"STADTTEIL"}""");
        String merged = UUID.randomUUID().toString();
        eventStore.appendEvents(event(winzerla, 1, new SozialraumRenamedEvent(winzerla, TestUser.JENA, "Winzerla", "Winzerla-Süd")));

        assertThatThrownBy(() -> eventStore.appendEvents(
                event(lobeda, 1, new SozialraumRetiredEvent(lobeda, TestUser.JENA, "zusammengelegt", Restructuring.MERGE, List.of(merged))),
                event(winzerla, 1, new SozialraumRetiredEvent(winzerla, TestUser.JENA, "zusammengelegt", Restructuring.MERGE, List.of(merged))),
                event(merged, 0, new SozialraumRegisteredEvent(merged, TestUser.JENA, "Lobeda-Winzerla", SozialraumKind.STADTTEIL, null, null,
                        null, Restructuring.MERGE, List.of(lobeda, winzerla)))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(eventStore.lastSequenceNumberFor(lobeda)).contains(0L);
        assertThat(eventStore.lastSequenceNumberFor(merged)).isEmpty();
        mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"predecessorIds":["%s","%s"],"reason":"zusammengelegt","successor":{"name":"Lobeda-Winzerla","kind":"STADTTEIL"}}"""
                                .formatted(lobeda, winzerla)))
                .andExpect(status().isCreated());
    }

    @Test
    void anotherKommunesSozialraumCannotBeMergedAndAnswersExactlyLikeAnUnknownOne() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        String gera = created(post("/api/sozialraeume"), TestUser.STABSSTELLE_GERA, """
                {"name":"Bieblach","kind":"STADTTEIL"}""");
        String body = """
                {"predecessorIds":["%s","%s"],"reason":"zusammengelegt","successor":{"name":"Über Grenzen","kind":"STADTTEIL"}}""";

        String foreign = mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(lobeda, gera)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/api/sozialraeume/merge").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(lobeda, "a0000000-0000-0000-0000-000000000000")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(foreign).get("code")).isEqualTo(json.readTree(unknown).get("code"));
        assertThat(json.readTree(foreign).get("title")).isEqualTo(json.readTree(unknown).get("title"));
        assertThat(eventStore.lastSequenceNumberFor(lobeda)).contains(0L);
    }

    @Test
    void aSplitRefusesOpenGoalsWithoutSuccessorThenGivesEachToTheOneNamed() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL","population":21000}""");
        String poverty = setGoal(lobeda, "Kinderarmut senken");
        String care = setGoal(lobeda, "Pflege im Quartier");
        String split = """
                {"reason":"Lobeda geteilt","successors":[
                  {"name":"Lobeda-Ost","kind":"QUARTIER","population":12000,"goalIds":["%s"]},
                  {"name":"Lobeda-West","kind":"QUARTIER","population":9000,"goalIds":%s}]}""";

        mvc.perform(post("/api/sozialraeume/{id}/split", lobeda).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(split.formatted(poverty, "[]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("goals-unassigned"))
                .andExpect(jsonPath("$.unassignedGoals", contains(care)));
        assertThat(eventStore.lastSequenceNumberFor(lobeda)).contains(2L);

        JsonNode answer = json.readTree(mvc.perform(post("/api/sozialraeume/{id}/split", lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(split.formatted(poverty, "[\"" + care + "\"]")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String ost = answer.get("successorIds").get(0).asText();
        String west = answer.get("successorIds").get(1).asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read("/api/sozialraeume/{id}", lobeda)
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.successors[*].name", contains("Lobeda-Ost", "Lobeda-West")))
                .andExpect(jsonPath("$.successors[0].restructuring").value("SPLIT")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read("/api/sozialraeume/{id}/goals", west)
                .andExpect(jsonPath("$.goals[*].carriedOverFrom.goalId", contains(care))));
        read("/api/sozialraeume/{id}", ost)
                .andExpect(jsonPath("$.predecessors[0].id").value(lobeda))
                .andExpect(jsonPath("$.predecessors[0].name").value("Lobeda"))
                .andExpect(jsonPath("$.population").value(12000));
        read("/api/sozialraeume/{id}/goals", ost).andExpect(jsonPath("$.goals[*].carriedOverFrom.goalId", contains(poverty)));
        mvc.perform(post("/api/sozialraeume/{id}/split", lobeda).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content(split.formatted(poverty, "[]")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"));
    }

    private Map<String, List<ConsumerRecord<String, byte[]>>> published(Set<String> keys) {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                .filter(record -> keys.contains(record.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key));
    }

    private static DomainEventMessage<?> event(String sozialraumId, long sequenceNumber, Object payload) {
        return new GenericDomainEventMessage<>("Sozialraum", sozialraumId, sequenceNumber, payload,
                ActorMetaData.of(new Actor(TestUser.STABSSTELLE.id(), TestUser.STABSSTELLE.name(), TestUser.STABSSTELLE.role(), null,
                        TestUser.JENA)));
    }

    private static List<String> sorted(String one, String other) {
        return one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
    }

    private String register(String body) throws Exception {
        return created(post("/api/sozialraeume"), body);
    }

    private String setGoal(String sozialraumId, String title) throws Exception {
        return created(post("/api/sozialraeume/{id}/goals", sozialraumId), """
                {"title":"%s","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}"""
                .formatted(title, LocalDate.now().plusYears(2)));
    }

    private String created(MockHttpServletRequestBuilder request, String body) throws Exception {
        return created(request, TestUser.STABSSTELLE, body);
    }

    private String created(MockHttpServletRequestBuilder request, TestUser user, String body) throws Exception {
        return json.readTree(mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private void accepted(MockHttpServletRequestBuilder request, String body) throws Exception {
        mvc.perform(request.with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted());
    }

    private ResultActions read(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(as(TestUser.PRUEFUNG)));
    }

    private void awaitView(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read("/api/sozialraeume/{id}", id).andExpect(status().isOk()));
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> record) throws Exception {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }
}
