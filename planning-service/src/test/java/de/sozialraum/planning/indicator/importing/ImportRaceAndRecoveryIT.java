package de.sozialraum.planning.indicator.importing;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.planning.indicator.api.MeasuredValue;
import de.sozialraum.planning.indicator.api.MeasurementImportFailedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an import does when the world moves under it: a single measurement recorded between the
 * import's check and its application, and a service that died in the middle of an import.
 */
@ServiceIntegrationTest
class ImportRaceAndRecoveryIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Actor STABSSTELLE = new Actor(TestUser.STABSSTELLE.id(), TestUser.STABSSTELLE.name(), TestUser.STABSSTELLE.role(),
            null, TestUser.STABSSTELLE.kommune());

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportStaging staging;

    @Autowired
    MeasurementImports imports;

    @Autowired
    MeasurementImportSweeper sweeper;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    EventStore eventStore;

    @Test
    void aPeriodRecordedWhileTheImportRunsKeepsItsValueAndTheImportReportsTheRow() throws Exception {
        String code = "race-" + UUID.randomUUID().toString().substring(0, 8);
        String sozialraum = sozialraumWithIndicator(code);
        ImportRun run = new ImportRun(UUID.randomUUID().toString(), "16053", "race.csv", ImportMode.ALL_OR_NOTHING, STABSSTELLE,
                Path.of("race.csv"), 0);
        imports.received(run, "test", Instant.now());
        List<StagedRow> rows = List.of(staged(run, 2, sozialraum, code, "2025-01", "1.5"), staged(run, 3, sozialraum, code, "2025-02", "2.5"),
                staged(run, 4, sozialraum, code, "2025-03", "3.5"));
        assertThat(staging.stage(rows)).isEmpty();
        run.rowsRead = 3;
        run.rowsValid = 3;
        run.rowsToApply = 3;

        mvc.perform(post("/api/sozialraeume/{id}/indicators/{code}/measurements", sozialraum, code).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2025-02\",\"value\":9.9}"))
                .andExpect(status().isCreated());
        new ApplyPass(run, new ImportErrors(run, imports, 100), staging, new ImportCommands(commandGateway), 1000, () -> { }).apply();

        assertThat(run.rowsApplied).isEqualTo(2);
        assertThat(run.rowsRefused).isEqualTo(1);
        assertThat(run.errorCounts).containsEntry("period-recorded-meanwhile", 1L);
        assertThat(payloads(MeasurementsImportedEvent.class)).filteredOn(event -> event.importId().equals(run.id))
                .singleElement()
                .satisfies(event -> assertThat(event.values()).extracting(MeasuredValue::period).containsExactly("2025-01", "2025-03"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series",
                        sozialraum, code).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.values[*].period", contains("2025-01", "2025-02", "2025-03")))
                .andExpect(jsonPath("$.values[1].value").value(9.9)));
        staging.discard(run.id);
        imports.finish(run, ImportStatus.PARTIALLY_APPLIED, null, Instant.now());
    }

    @Test
    void anImportWhoseServiceDiedIsConcludedAsFailedBySystemWithWhatItHadApplied() throws Exception {
        Path file = Files.createTempFile("interrupted-", ".csv");
        ImportRun run = new ImportRun(UUID.randomUUID().toString(), "16053", "abgebrochen.csv", ImportMode.ALL_OR_NOTHING, STABSSTELLE,
                file, 123_456);
        imports.received(run, "an-instance-that-died", Instant.now().minus(Duration.ofMinutes(5)));
        run.status = ImportStatus.APPLYING;
        run.rowsRead = 100_000;
        run.rowsValid = 100_000;
        run.rowsApplied = 42_000;
        run.series = 420;
        imports.progress(run, Instant.now().minus(Duration.ofMinutes(4)));
        ImportRun alive = new ImportRun(UUID.randomUUID().toString(), "16053", "laeuft.csv", ImportMode.ALL_OR_NOTHING, STABSSTELLE,
                Path.of("laeuft.csv"), 1);
        imports.received(alive, "an-instance-that-lives", Instant.now());

        sweeper.sweep(); // the scheduled sweep may come first; either concludes it once

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(imports.find(run.id).orElseThrow().getString("status"))
                .isEqualTo("FAILED"));
        assertThat(imports.find(run.id).orElseThrow().getString("failureReason")).startsWith("Import unterbrochen");
        assertThat(Files.exists(file)).as("the upload of the interrupted import is removed").isFalse();
        assertThat(imports.find(alive.id).orElseThrow().getString("status")).isEqualTo("RECEIVED");
        List<EventMessage<?>> failed = events().stream()
                .filter(event -> event.getPayload() instanceof MeasurementImportFailedEvent payload && payload.importId().equals(run.id))
                .toList();
        assertThat(failed).singleElement().satisfies(event -> {
            MeasurementImportFailedEvent payload = (MeasurementImportFailedEvent) event.getPayload();
            assertThat(payload.values()).isEqualTo(42_000);
            assertThat(payload.series()).isEqualTo(420);
            assertThat(payload.startedById()).isEqualTo("stabsstelle");
            assertThat(ActorMetaData.from(event.getMetaData()).orElseThrow().role()).isEqualTo("SYSTEM");
            assertThat(event.getMetaData().get(ImportCommands.TRACE_ID)).isEqualTo(run.id);
        });
        assertThat(sweeper.sweep()).doesNotContain(run.id);
        imports.finish(alive, ImportStatus.FAILED, "test", Instant.now());
    }

    private String sozialraumWithIndicator(String code) throws Exception {
        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"Wettlauf","unit":"Anzahl","polarity":"HIGHER_IS_BETTER","category":"CARE","source":"Test"}"""
                                .formatted(code)))
                .andExpect(status().isCreated());
        String id = json.readTree(mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Winzerla\",\"kind\":\"STADTTEIL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            mvc.perform(get("/api/sozialraeume/{id}", id).with(as(TestUser.STABSSTELLE))).andExpect(status().isOk());
            mvc.perform(get("/api/kommunen/16053/indicators/{code}", code).with(as(TestUser.STABSSTELLE))).andExpect(status().isOk());
        });
        return id;
    }

    private static StagedRow staged(ImportRun run, long line, String sozialraum, String code, String period, String value) {
        return new StagedRow(run.id, line, sozialraum, code, new Period(period), new BigDecimal(value));
    }

    private <T> List<T> payloads(Class<T> type) {
        return events().stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }

    private List<EventMessage<?>> events() {
        List<EventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }
}
