package de.sozialraum.coordination;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two heads of one department, in browser tabs served by two instances of the service, answer the
 * same assignment at the same moment: one accepts, the other declines. Exactly one answer may count;
 * every other request is told, with a 409, in which state the winner left the assignment.
 */
@ServiceIntegrationTest
class AssignmentConcurrencyIT {

    private static final int REQUESTS = 100;
    private static final ObjectMapper json = new ObjectMapper();
    private static final TestUser DEPUTY = new TestUser("vertretung-jugendamt", "Lena Hoffmann (stv. Leitung Jugendamt)",
            "DEPARTMENT_HEAD", "jugendamt", TestUser.LEITUNG_JUGENDAMT.kommune());

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Autowired
    Environment environment;

    @Autowired
    EventStore eventStore;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, JsonNode body) {
    }

    @Test
    void ofAHundredConflictingAnswersOnTwoInstancesExactlyOneCountsAndEveryOtherNamesTheStateItFound() throws Exception {
        String sozialraumId = UUID.randomUUID().toString();
        PlanningFeed.jena(publication.topic());
        PlanningFeed.sozialraumRegistered(publication.topic(), sozialraumId);
        String assignmentId = issueWhenKnown(sozialraumId);

        List<Answer> answers;
        try (ConfigurableApplicationContext secondInstance = secondInstance()) {
            String secondUrl = "http://127.0.0.1:" + secondInstance.getEnvironment().getProperty("local.server.port");
            answerAllAtOnce(UUID.randomUUID().toString(), secondUrl); // warms both instances up: 404s, nothing recorded
            answers = answerAllAtOnce(assignmentId, secondUrl);
        }

        List<Answer> counted = answers.stream().filter(answer -> answer.status() == 202).toList();
        assertThat(counted).as("answers that counted").hasSize(1);
        String winner = counted.get(0).body().get("status").asText();
        assertThat(winner).isIn("ACCEPTED", "DECLINED");
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(statuses).as("HTTP status → number of requests").containsExactlyInAnyOrderEntriesOf(Map.of(202, 1L, 409, 99L));
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(refused -> {
            assertThat(refused.body().get("code").asText()).isIn("assignment-accept-refused", "assignment-decline-refused");
            assertThat(refused.body().get("currentStatus").asText()).isEqualTo(winner);
            assertThat(refused.body().get("detail").asText()).contains(winner.equals("ACCEPTED") ? "angenommen" : "abgelehnt");
        });
        assertThat(eventStore.readEvents(assignmentId).asStream().map(event -> event.getPayloadType().getSimpleName()))
                .as("the assignment's events: issued and exactly one answer")
                .containsExactly("AssignmentIssuedEvent", winner.equals("ACCEPTED") ? "AssignmentAcceptedEvent" : "AssignmentDeclinedEvent");
    }

    /**
     * Half of the requests accept, half decline; half come from the head, half from the deputy; half go
     * to this instance, half to the second one — all released at one moment.
     */
    private List<Answer> answerAllAtOnce(String assignmentId, String secondUrl) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                boolean accept = i % 2 == 0;
                TestUser head = i % 4 < 2 ? TestUser.LEITUNG_JUGENDAMT : DEPUTY;
                boolean viaSecondInstance = i % 8 < 4;
                String step = accept ? "accept" : "decline";
                String body = accept ? "" : "{\"reason\":\"Keine Kapazität im Team\"}";
                Callable<Answer> request = viaSecondInstance
                        ? () -> overHttp(secondUrl, assignmentId, step, head, body)
                        : () -> overMockMvc(assignmentId, step, head, body);
                pending.add(threads.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private Answer overMockMvc(String assignmentId, String step, TestUser head, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/assignments/{id}/" + step, assignmentId).with(as(head))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        return new Answer(result.getResponse().getStatus(), json.readTree(result.getResponse().getContentAsByteArray()));
    }

    private Answer overHttp(String baseUrl, String assignmentId, String step, TestUser head, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/assignments/" + assignmentId + "/" + step))
                .header("Authorization", "Bearer " + TestTokens.token(head))
                .header("Content-Type", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    /** Another instance of the service on the same store and topic, as in production behind a load balancer. */
    private ConfigurableApplicationContext secondInstance() {
        Map<String, String> properties = new HashMap<>(TestTokens.properties());
        for (String shared : List.of("spring.mongodb.uri", "spring.mongodb.database", "spring.kafka.bootstrap-servers",
                "sozialraum.publication.topic")) {
            properties.put(shared, environment.getRequiredProperty(shared));
        }
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new); // arguments, not default properties: those lose against the service's own
        return new SpringApplicationBuilder(CoordinationServiceApplication.class).run(arguments);
    }

    private String issueWhenKnown(String sozialraumId) {
        String body = """
                {"sozialraumId":"%s","department":"jugendamt","title":"Streetwork ausbauen","dueDate":"%s"}"""
                .formatted(sozialraumId, LocalDate.now().plusMonths(6));
        return CreatedWhenKnown.id(mvc, "/api/assignments", body);
    }
}
