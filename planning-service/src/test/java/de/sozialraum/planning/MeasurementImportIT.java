package de.sozialraum.planning;

import static de.sozialraum.planning.MeasurementFiles.RowChange.at;
import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.planning.indicator.api.MeasurementImportRejectedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * CSV imports of 10,000 rows over HTTP: a file with errors of several kinds changes nothing — no value
 * in the read model, no measurement event — and a clean one is applied, its outcome on the Kommune's timeline.
 */
@ServiceIntegrationTest
class MeasurementImportIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final int MONTHS = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    MeasurementReadings readings;

    @Autowired
    PublicationProperties publication;

    private final List<String> sozialraeume = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    @BeforeEach
    void tenSozialraeumeAndFiveIndicators() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            codes.add("ind" + i + "-" + suffix);
            mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"code":"%s","name":"Indikator %d","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"Test"}"""
                                    .formatted(codes.get(i), i)))
                    .andExpect(status().isCreated());
        }
        for (int i = 0; i < 10; i++) {
            sozialraeume.add(sozialraum("Stadtteil " + i));
        }
        for (String code : codes) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/indicators/{code}", code)
                    .with(as(TestUser.STABSSTELLE))).andExpect(status().isOk()));
        }
    }

    @Test
    void aFileWithErrorsOfSeveralKindsAppliesNothingAndACleanOneIsApplied() throws Exception {
        String retired = sozialraum("Aufgelöst");
        mvc.perform(post("/api/sozialraeume/{id}/retire", retired).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"zusammengelegt\"}")).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", retired)
                .with(as(TestUser.STABSSTELLE))).andExpect(jsonPath("$.status").value("RETIRED")));
        String lineTwo = sozialraeume.get(0) + ";" + codes.get(0) + ";2000-01;10,2";
        String withErrors = MeasurementFiles.text(sozialraeume, codes, MONTHS, at(101, row -> UUID.randomUUID() + row.substring(36))
                .and(at(202, row -> field(row, 1, "gibt-es-nicht")))
                .and(at(303, row -> field(row, 3, "12,3,4")))
                .and(at(404, row -> field(row, 2, "2025-13")))
                .and(at(505, row -> row.substring(0, row.lastIndexOf(';'))))
                .and(at(606, row -> lineTwo))
                .and(at(707, row -> field(row, 0, retired)))
                .and(at(808, row -> field(row, 3, "")))
                .and(at(909, row -> field(row, 3, "1.000,5"))));

        String rejected = upload(withErrors, "werte-mit-fehlern.csv");
        awaitStatus(rejected, "REJECTED")
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.rowsRead").value(10_000))
                .andExpect(jsonPath("$.rowsValid").value(9_991))
                .andExpect(jsonPath("$.rowsInvalid").value(9))
                .andExpect(jsonPath("$.rowsApplied").value(0))
                .andExpect(jsonPath("$.errorCount").value(9))
                .andExpect(jsonPath("$.errorCounts['value-invalid']").value(2))
                .andExpect(jsonPath("$.errorCounts['sozialraum-unknown']").value(1))
                .andExpect(jsonPath("$.errorCounts['sozialraum-retired']").value(1))
                .andExpect(jsonPath("$.errorCounts['indicator-unknown']").value(1))
                .andExpect(jsonPath("$.errorCounts['period-invalid']").value(1))
                .andExpect(jsonPath("$.errorCounts['period-duplicate']").value(1))
                .andExpect(jsonPath("$.errorCounts['column-count']").value(1))
                .andExpect(jsonPath("$.errorCounts['field-empty']").value(1))
                .andExpect(jsonPath("$.firstErrors[*].line", contains(101, 202, 303, 404, 505, 606, 707, 808, 909)))
                .andExpect(jsonPath("$.firstErrors[5].column").value("period"))
                .andExpect(jsonPath("$.firstErrors[5].message").value("Der Zeitraum 2000-01 steht für diesen Sozialraum und Indikator schon in Zeile 2."))
                .andExpect(jsonPath("$.firstErrors[1].message").value("Einen Indikator „gibt-es-nicht“ gibt es im Katalog Ihrer Kommune nicht."))
                .andExpect(jsonPath("$.startedBy.id").value("stabsstelle"));
        mvc.perform(get("/api/kommunen/16053/measurement-imports/{id}/errors?from=2&limit=3", rejected).with(as(TestUser.PRUEFUNG))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[*].line", contains(303, 404, 505)))
                .andExpect(jsonPath("$.errors[0].value").value("12,3,4"))
                .andExpect(jsonPath("$.errors[2].message").value("The row has 3 columns, the header 4."));
        mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series", sozialraeume.get(0), codes.get(0)).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.values", hasSize(0)));
        assertThat(measurementEventsOf(Set.copyOf(sozialraeume))).as("no measurement event from the rejected file").isEmpty();
        assertThat(storedEvents(MeasurementImportRejectedEvent.class)).anySatisfy(event -> {
            assertThat(event.importId()).isEqualTo(rejected);
            assertThat(event.rows()).isEqualTo(10_000);
            assertThat(event.errors()).isEqualTo(9);
            assertThat(event.startedById()).isEqualTo("stabsstelle");
        });

        String applied = upload(MeasurementFiles.text(sozialraeume, codes, MONTHS, MeasurementFiles.RowChange.NONE), "werte.csv");
        awaitStatus(applied, "APPLIED")
                .andExpect(jsonPath("$.rowsApplied").value(10_000))
                .andExpect(jsonPath("$.series").value(50))
                .andExpect(jsonPath("$.sozialraeume").value(10))
                .andExpect(jsonPath("$.errorCount").value(0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series",
                        sozialraeume.get(9), codes.get(4)).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.values", hasSize(MONTHS)))
                .andExpect(jsonPath("$.values[0].period").value("2000-01"))
                .andExpect(jsonPath("$.values[199].period").value("2016-08"))
                .andExpect(jsonPath("$.values[0].importId").value(applied)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(readings.latest(sozialraeume, codes.get(2)))
                .hasSize(10).allSatisfy((sozialraum, reading) -> assertThat(reading.period()).isEqualTo("2016-08")));
        List<MeasurementsImportedEvent> imported = measurementEventsOf(Set.copyOf(sozialraeume));
        assertThat(imported).hasSize(50).allSatisfy(event -> assertThat(event.importId()).isEqualTo(applied));
        assertThat(imported.stream().mapToInt(event -> event.values().size()).sum()).isEqualTo(10_000);

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(
                                TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                        .filter(candidate -> "kommune:16053".equals(candidate.key()))
                        .filter(candidate -> TopicReader.header(candidate, "ce_type").orElse("")
                                .equals("de.sozialraum.planning.MeasurementImportCompleted.v1"))
                        .filter(candidate -> applied.equals(body(candidate.value()).get("importId").asText()))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(TopicReader.header(record, "ce_actorid")).hasValue("stabsstelle");
        assertThat(TopicReader.header(record, "ce_correlationid")).as("every event of an import is correlated by its id").hasValue(applied);
        JsonNode completed = body(record.value());
        assertThat(completed.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(completed.get("values").asLong()).isEqualTo(10_000);
        assertThat(completed.get("series").asLong()).isEqualTo(50);
        assertThat(completed.get("fileName").asText()).isEqualTo("werte.csv");

        mvc.perform(get("/api/kommunen/16053/measurement-imports/{id}", applied).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/kommunen/16052/measurement-imports/{id}", applied).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("import-not-found"));
    }

    @Test
    void aRowAlreadyRecordedRejectsTheFileAndValidRowsModeAppliesTheRest() throws Exception {
        List<String> one = List.of(sozialraeume.get(0));
        List<String> code = List.of(codes.get(0));
        awaitStatus(upload(MeasurementFiles.text(one, code, 3, MeasurementFiles.RowChange.NONE), null), "APPLIED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series",
                one.get(0), code.get(0)).with(as(TestUser.STABSSTELLE))).andExpect(jsonPath("$.values", hasSize(3))));
        String sixMonthsAndAQuarter = MeasurementFiles.text(one, code, 6, MeasurementFiles.RowChange.NONE)
                + one.get(0) + ";" + code.get(0) + ";2001-Q1;7\r\n";

        awaitStatus(upload(sixMonthsAndAQuarter, null), "REJECTED")
                .andExpect(jsonPath("$.errorCounts['period-recorded']").value(3))
                .andExpect(jsonPath("$.errorCounts['period-kind-mismatch']").value(1))
                .andExpect(jsonPath("$.firstErrors[0].message").value("Für 2000-01 ist in dieser Reihe schon ein Wert erfasst (10.2)."))
                .andExpect(jsonPath("$.firstErrors[3].message").value("Der Zeitraum 2001-Q1 ist ein Quartal, die Reihe hat Werte je Monat."));

        mvc.perform(post("/api/kommunen/16053/measurement-imports?mode=VALID_ROWS").with(as(TestUser.STABSSTELLE))
                        .contentType("text/csv").content(sixMonthsAndAQuarter.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andDo(result -> awaitStatus(json.readTree(result.getResponse().getContentAsString()).get("id").asText(), "PARTIALLY_APPLIED")
                        .andExpect(jsonPath("$.rowsRead").value(7))
                        .andExpect(jsonPath("$.rowsApplied").value(3))
                        .andExpect(jsonPath("$.errorCount").value(4)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series",
                        one.get(0), code.get(0)).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.values[*].period", contains("2000-01", "2000-02", "2000-03", "2000-04", "2000-05", "2000-06"))));
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneUploadsAndAFileWithoutUsableHeaderIsRejected() throws Exception {
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.LEITUNG_SOZIALAMT)).contentType("text/csv")
                        .content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE_GERA)).contentType("text/csv")
                        .content("x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE)).contentType("text/csv; charset=ISO-8859-1")
                        .content("x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("import-charset-unsupported"));
        awaitStatus(upload("sozialraum;wert\r\nx;1\r\n", "kaputt.csv"), "REJECTED")
                .andExpect(jsonPath("$.firstErrors[0].code").value("header-columns-missing"))
                .andExpect(jsonPath("$.firstErrors[0].line").value(1));
        awaitStatus(upload(MeasurementFiles.HEADER + "\n", null), "REJECTED")
                .andExpect(jsonPath("$.firstErrors[0].code").value("file-empty"));
        mvc.perform(get("/api/kommunen/16053/measurement-imports").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imports[0].status").value("REJECTED"));
    }

    private String upload(String csv, String fileName) throws Exception {
        String response = mvc.perform(post("/api/kommunen/16053/measurement-imports").with(as(TestUser.STABSSTELLE))
                        .param("fileName", fileName == null ? new String[0] : new String[] {fileName})
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private ResultActions awaitStatus(String importId, String status) {
        String[] last = new String[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = json.readTree(mvc.perform(get("/api/kommunen/16053/measurement-imports/{id}", importId).with(as(TestUser.STABSSTELLE)))
                    .andReturn().getResponse().getContentAsString()).get("status").asText();
            return Set.of("REJECTED", "APPLIED", "PARTIALLY_APPLIED", "FAILED").contains(last[0]);
        });
        assertThat(last[0]).isEqualTo(status);
        try {
            return mvc.perform(get("/api/kommunen/16053/measurement-imports/{id}", importId).with(as(TestUser.STABSSTELLE)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MeasurementsImportedEvent> measurementEventsOf(Set<String> sozialraumIds) {
        return storedEvents(MeasurementsImportedEvent.class).stream().filter(event -> sozialraumIds.contains(event.sozialraumId())).toList();
    }

    private <T> List<T> storedEvents(Class<T> type) {
        List<T> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                Object payload = stream.nextAvailable().getPayload();
                if (type.isInstance(payload)) {
                    events.add(type.cast(payload));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    private String sozialraum(String name) throws Exception {
        String id = json.readTree(mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"kind\":\"STADTTEIL\"}".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", id).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk()));
        return id;
    }

    private static String field(String row, int index, String value) {
        String[] fields = row.split(";", -1);
        fields[index] = value;
        return String.join(";", fields);
    }

    private static JsonNode body(byte[] value) {
        try {
            return json.readTree(new String(value, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
