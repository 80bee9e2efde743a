package de.sozialraum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.infra.embedded.FreePorts;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestTokens;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher is killed ({@code kill -9}) in the middle of publishing thousands of events and started
 * again: Kafka ends with every event (a few at most twice: publication is at-least-once), the timeline
 * with every event exactly once.
 */
class PublisherCrashIT {

    private static final int SOZIALRAEUME = 1000;
    /** The reference Kommunen planning registers at its first start: one event each, on the Kommune's timeline. */
    private static final int KOMMUNEN = 22;
    private static final int EVENTS = 3 * SOZIALRAEUME + KOMMUNEN;
    private static final int BATCH_SIZE = 20;

    @TempDir
    Path logs;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "crash-" + run;
    private final MongoClient mongo = MongoClients.create(TestStores.mongoUri());
    private final List<ServiceProcess> started = new ArrayList<>();
    private final JsonHttp http = new JsonHttp().as(TestTokens.token(TestUser.STABSSTELLE));

    @AfterEach
    void stopAll() {
        started.forEach(ServiceProcess::stop);
        mongo.close();
    }

    @Test
    void killedPublisherLosesNothingAndTheTimelineHasEveryEventOnce() throws Exception {
        int planningPort = FreePorts.next();
        // Slowed down (10 ms per send), so that the kill surely falls in the middle of publishing.
        ServiceProcess planning = start("planning-service", planningPort, Map.of(
                "spring.mongodb.database", "crash_planning_" + run,
                "spring.kafka.producer.properties.linger.ms", "10"));
        start("reporting-service", FreePorts.next(), Map.of("spring.mongodb.database", "crash_reporting_" + run));

        createSozialraeumeWithTwoGoals(planning.url());
        Set<String> stored = storedEventIds();
        assertThat(stored).hasSize(EVENTS);
        await().atMost(Duration.ofMinutes(2)).until(() -> published().size() >= EVENTS / 3);

        planning.process().destroyForcibly().waitFor();
        int publishedAtKill = published().size();
        assertThat(publishedAtKill).as("the kill fell in the middle of publishing").isLessThan(EVENTS);
        start("planning-service", planningPort, Map.of("spring.mongodb.database", "crash_planning_" + run));

        List<String> onKafka = await().atMost(Duration.ofMinutes(3))
                .until(this::published, ids -> new HashSet<>(ids).containsAll(stored));
        assertThat(new HashSet<>(onKafka)).isEqualTo(stored);
        long twice = onKafka.size() - stored.size();
        assertThat(twice).as("events sent again after the kill (at most one unconfirmed batch)").isBetween(0L, (long) BATCH_SIZE);

        MongoDatabase reporting = mongo.getDatabase("crash_reporting_" + run);
        await().atMost(Duration.ofMinutes(2)).until(() -> reporting.getCollection("timeline_entries").countDocuments() >= EVENTS);
        List<Document> timeline = reporting.getCollection("timeline_entries").find().into(new ArrayList<>());
        assertThat(timeline).hasSize(EVENTS);
        assertThat(timeline.stream().map(entry -> entry.getString("_id")).collect(Collectors.toSet())).isEqualTo(stored);
        Map<String, Set<Long>> positions = timeline.stream().collect(Collectors.groupingBy(entry -> entry.getString("timelineId"),
                Collectors.mapping(entry -> entry.getLong("position"), Collectors.toSet())));
        assertThat(positions).hasSize(SOZIALRAEUME + KOMMUNEN).allSatisfy((timelineId, numbers) -> assertThat(numbers)
                .isEqualTo(timelineId.startsWith("kommune:") ? Set.of(1L) : Set.of(1L, 2L, 3L)));
        System.out.printf("PublisherCrashIT: %d events, %d published when killed, %d sent twice, timeline %d entries%n",
                EVENTS, publishedAtKill, twice, timeline.size());
    }

    private ServiceProcess start(String name, int port, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("sozialraum.publication.topic", topic);
        all.put("sozialraum.publication.batch-size", Integer.toString(BATCH_SIZE));
        String json = all.entrySet().stream().map(p -> "\"%s\":\"%s\"".formatted(p.getKey(), p.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        ServiceProcess service = ServiceProcess.start(name, Path.of(System.getProperty("stack.services.dir"), name + ".jar"),
                port, "-Xmx256m -XX:+UseSerialGC", Map.of(
                        "MONGODB_URI", TestStores.mongoUri(),
                        "KAFKA_BOOTSTRAP_SERVERS", TestStores.kafkaBootstrapServers(),
                        "SOZIALRAUM_ISSUER_URI", TestTokens.issuer(),
                        "SOZIALRAUM_JWK_SET_URI", TestTokens.jwkSetUri(),
                        "SPRING_APPLICATION_JSON", json), logs);
        started.add(service);
        service.awaitReady(Duration.ofMinutes(2));
        return service;
    }

    private void createSozialraeumeWithTwoGoals(String planning) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < SOZIALRAEUME; i++) {
            int number = i;
            requests.add(clients.submit(() -> {
                JsonHttp.Response registered = http.post(planning + "/api/sozialraeume",
                        "{\"name\":\"Sozialraum %d\",\"kind\":\"QUARTIER\"}".formatted(number));
                String id = registered.body().get("id").asText();
                for (String title : List.of("Kinderarmut senken", "Teilhabe im Alter")) {
                    JsonHttp.Response goal = http.post(planning + "/api/sozialraeume/" + id + "/goals",
                            "{\"title\":\"%s\",\"handlungsfeld\":\"BILDUNG\",\"leitziel\":\"TEILHABE\",\"leadDepartment\":\"schulverwaltung\",\"dueDate\":\"%s\"}".formatted(title, LocalDate.now().plusYears(1)));
                    assertThat(goal.status()).isEqualTo(201);
                }
            }));
        }
        for (Future<?> request : requests) {
            request.get();
        }
        clients.shutdown();
    }

    private Set<String> storedEventIds() {
        Set<String> ids = new HashSet<>();
        mongo.getDatabase("crash_planning_" + run).getCollection("event_commits").find()
                .forEach(commit -> commit.getList("events", Document.class).forEach(event -> ids.add(event.getString("eventIdentifier"))));
        return ids;
    }

    private List<String> published() {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), topic).stream()
                .map(record -> TopicReader.header(record, "ce_id").orElseThrow())
                .toList();
    }
}
