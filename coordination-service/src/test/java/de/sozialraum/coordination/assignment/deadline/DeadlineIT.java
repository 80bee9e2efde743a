package de.sozialraum.coordination.assignment.deadline;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.coordination.MovableClock;
import de.sozialraum.coordination.assignment.api.AssignmentDueSoonEvent;
import de.sozialraum.coordination.assignment.api.AssignmentOverdueEvent;
import de.sozialraum.coordination.department.persistence.MongoDepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The deadline test (issue 6): a clock the test moves replaces the service's clock; over the real store and
 * broker, every configured reminder and the overdue fire exactly once — also with several instances polling at
 * the same moment, and after an instance died holding deadlines (a restarted one fires them once its claims expire).
 */
@ServiceIntegrationTest
class DeadlineIT {

    private static final Logger log = LoggerFactory.getLogger(DeadlineIT.class);
    private static final ObjectMapper json = new ObjectMapper();
    private static final MovableClock CLOCK = new MovableClock();
    private static final LocalTime NINE = LocalTime.of(9, 0);

    @TestBean
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoSozialraumDirectory directory;

    @Autowired
    MongoDepartmentCatalogue departments;

    @Autowired
    MongoDeadlineSchedule schedule;

    @Autowired
    DeadlinePoller poller;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    SystemActorProperties system;

    @Autowired
    DeadlineProperties properties;

    @Autowired
    EventStore eventStore;

    @Autowired
    PublicationProperties publication;

    static Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void today() {
        CLOCK.reset();
        departments.rememberDepartment("16053", "jugendamt");
    }

    @Test
    void eachConfiguredReminderAndTheOverdueFireExactlyOnceOnTheTimeline() throws Exception {
        String sozialraumId = sozialraum();
        LocalDate due = CLOCK.today().plusDays(10);
        String id = issue(sozialraumId, due);
        await().atMost(Duration.ofSeconds(30)).until(() -> schedule.pending(id).size() == 3);

        CLOCK.moveTo(due.minusDays(7), NINE);
        pollUntil(id, List.of("AssignmentIssued", "DueSoon(7)"));
        CLOCK.moveTo(due.minusDays(1), NINE);
        pollUntil(id, List.of("AssignmentIssued", "DueSoon(7)", "DueSoon(1)"));
        CLOCK.moveTo(due.plusDays(1), NINE);
        pollUntil(id, List.of("AssignmentIssued", "DueSoon(7)", "DueSoon(1)", "Overdue(ISSUED)"));

        CLOCK.moveTo(due.plusDays(30), NINE);
        poller.poll();
        assertThat(recorded(id)).as("nothing fires twice").containsExactly("AssignmentIssued", "DueSoon(7)", "DueSoon(1)", "Overdue(ISSUED)");
        assertThat(schedule.pending(id)).isEmpty();

        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> ownEvents(sozialraumId), events -> events.size() == 4);
        assertThat(published).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.coordination.AssignmentIssued.v1", "de.sozialraum.coordination.AssignmentDueSoon.v1",
                "de.sozialraum.coordination.AssignmentDueSoon.v1", "de.sozialraum.coordination.AssignmentOverdue.v1");
        assertThat(published.subList(1, 4)).allSatisfy(record -> {
            assertThat(header(record, "ce_actorid")).hasValue("system");
            assertThat(header(record, "ce_actorrole")).hasValue("SYSTEM");
        });
        JsonNode overdue = json.readTree(published.get(3).value());
        assertThat(overdue.get("escalatedTo").asText()).isEqualTo("STABSSTELLE");
        assertThat(overdue.get("status").asText()).isEqualTo("ISSUED");
        assertThat(overdue.get("dueDate").asText()).isEqualTo(due.toString());
        assertThat(json.readTree(published.get(1).value()).get("daysBefore").asInt()).isEqualTo(7);
    }

    /**
     * Three instances (the service's own poller and two more over the same collection and command bus) poll at the
     * same moment. The claim lets one of them take each deadline; where the claim is not atomic (the MongoDB
     * stand-in's findAndModify), the assignment still records it once.
     */
    @Test
    void severalInstancesPollingAtOnceFireEachDeadlineOnce() throws Exception {
        String sozialraumId = sozialraum();
        LocalDate due = CLOCK.today().plusDays(10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(issue(sozialraumId, due));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> schedule.pending(id).size() == 3));
        List<DeadlinePoller> instances = List.of(poller, instance("instance-b"), instance("instance-c"));

        CLOCK.moveTo(due.minusDays(7), NINE);
        int taken = pollAtOnce(instances);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat(recorded(id)).containsExactly("AssignmentIssued", "DueSoon(7)")));
        log.info("8 seven-day reminders: the instances took {} claims", taken);

        // the one-day reminders were never fired (the instances were "down"): only the overdue fires, the reminders are dropped
        CLOCK.moveTo(due.plusDays(1), NINE);
        taken = pollAtOnce(instances);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat(recorded(id)).containsExactly("AssignmentIssued", "DueSoon(7)", "Overdue(ISSUED)")));
        log.info("8 overdue and 8 stale reminders: the instances took {} claims", taken);
        pollAtOnce(instances);
        assertThat(ids).allSatisfy(id -> {
            assertThat(recorded(id)).containsExactly("AssignmentIssued", "DueSoon(7)", "Overdue(ISSUED)");
            assertThat(schedule.pending(id)).isEmpty();
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> ownEvents(sozialraumId).size() == 3 * ids.size());
        assertThat(ownEvents(sozialraumId)).filteredOn(record -> header(record, "ce_type").orElseThrow().endsWith("Overdue.v1"))
                .hasSize(ids.size());
    }

    @Test
    void aRestartedInstanceFiresWhatAnInstanceThatDiedHadClaimedOnceTheClaimsExpire() throws Exception {
        String sozialraumId = sozialraum();
        LocalDate due = CLOCK.today().plusDays(10);
        String id = issue(sozialraumId, due);
        await().atMost(Duration.ofSeconds(30)).until(() -> schedule.pending(id).size() == 3);

        CLOCK.moveTo(due.plusDays(1), NINE);
        Instant now = CLOCK.instant();
        for (int i = 0; i < 3; i++) {
            assertThat(schedule.claimNext("instance-that-died", now, now.plus(properties.claimTimeout()))).isPresent();
        }
        DeadlinePoller restarted = instance("restarted-instance");
        assertThat(restarted.poll()).as("held by the instance that died").isZero();
        assertThat(recorded(id)).containsExactly("AssignmentIssued");

        CLOCK.moveTo(now.plus(properties.claimTimeout()).plusSeconds(1));
        restarted.poll();
        await().atMost(Duration.ofSeconds(30)).until(() -> schedule.pending(id).isEmpty());
        assertThat(recorded(id)).containsExactly("AssignmentIssued", "Overdue(ISSUED)");
    }

    @Test
    void anAcceptedCounterProposalMovesTheDeadlinesAndCompletionRemovesThem() throws Exception {
        String sozialraumId = sozialraum();
        LocalDate due = CLOCK.today().plusDays(10);
        LocalDate later = due.plusDays(30);
        String id = issue(sozialraumId, due);
        step(id, "counter-propose", TestUser.LEITUNG_JUGENDAMT, "{\"dueDate\":\"%s\",\"reason\":\"Personal erst später\"}".formatted(later));
        step(id, "proposal/accept", TestUser.STABSSTELLE, "{}").andExpect(jsonPath("$.status").value("ACCEPTED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(schedule.pending(id))
                .extracting(Deadline::dueDate).containsOnly(later).hasSize(3));

        CLOCK.moveTo(due.plusDays(1), NINE);
        poller.poll();
        assertThat(recorded(id)).as("the old due date no longer holds").doesNotContain("Overdue(ACCEPTED)", "Overdue(COUNTER_PROPOSED)");

        step(id, "complete", TestUser.LEITUNG_JUGENDAMT, "{\"outcome\":\"Erledigt\"}").andExpect(jsonPath("$.status").value("COMPLETED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> schedule.pending(id).isEmpty());
        CLOCK.moveTo(later.plusDays(1), NINE);
        poller.poll();
        assertThat(recorded(id)).filteredOn(event -> event.startsWith("Overdue") || event.startsWith("DueSoon")).isEmpty();
    }

    private DeadlinePoller instance(String owner) {
        return new DeadlinePoller(schedule, commandGateway, system, properties, CLOCK, owner);
    }

    /** Every instance polls once, all released at the same moment; answers how many deadlines they took together. */
    private static int pollAtOnce(List<DeadlinePoller> instances) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> polls = new ArrayList<>();
            for (DeadlinePoller instance : instances) {
                polls.add(threads.submit((Callable<Integer>) () -> {
                    start.await();
                    return instance.poll();
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Integer> poll : polls) {
                taken += poll.get();
            }
            return taken;
        } finally {
            threads.shutdown();
        }
    }

    /** Polls (the service's own rounds may come first) until the assignment's events are these, then once more. */
    private void pollUntil(String id, List<String> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            poller.poll();
            assertThat(recorded(id)).containsExactlyElementsOf(expected);
        });
        poller.poll();
        assertThat(recorded(id)).containsExactlyElementsOf(expected);
    }

    /** The assignment's events in its event stream, deadlines with their detail. */
    private List<String> recorded(String id) {
        return eventStore.readEvents(id).asStream().map(EventMessage::getPayload).map(DeadlineIT::describe).toList();
    }

    private static String describe(Object payload) {
        if (payload instanceof AssignmentDueSoonEvent dueSoon) {
            return "DueSoon(" + dueSoon.daysBefore() + ")";
        }
        if (payload instanceof AssignmentOverdueEvent overdue) {
            return "Overdue(" + overdue.status() + ")";
        }
        return payload.getClass().getSimpleName().replace("Event", "");
    }

    private String sozialraum() {
        String sozialraumId = UUID.randomUUID().toString();
        directory.rememberSozialraum(sozialraumId, "16053", "Lobeda");
        return sozialraumId;
    }

    private String issue(String sozialraumId, LocalDate due) throws Exception {
        String body = json.writeValueAsString(Map.of("sozialraumId", sozialraumId, "department", "jugendamt",
                "title", "Streetwork ausbauen", "dueDate", due.toString(), "goalIds", List.of()));
        String created = mvc.perform(post("/api/assignments").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asText();
    }

    private ResultActions step(String id, String step, TestUser user, String body) throws Exception {
        return mvc.perform(post("/api/assignments/{id}/" + step, id).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted());
    }

    private List<ConsumerRecord<String, byte[]>> ownEvents(String sozialraumId) {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                .filter(record -> sozialraumId.equals(record.key()))
                .toList();
    }
}
