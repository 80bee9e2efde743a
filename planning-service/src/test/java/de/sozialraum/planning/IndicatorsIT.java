package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A Kommune's indicator catalogue, single measurements and a Sozialraum's series, over HTTP. */
@ServiceIntegrationTest
class IndicatorsIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasurementReadings readings;

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void anIndicatorIsDefinedRevisedAndReadByTheKommuneOnly() throws Exception {
        String code = "sgb2-" + suffix();
        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"SGB-II-Quote","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"Bundesagentur für Arbeit"}"""
                                .formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/kommunen/16053/indicators/" + code))
                .andExpect(jsonPath("$.code").value(code));
        awaitIndicator(code);

        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"Doppelt","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"BA"}"""
                                .formatted(code)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("indicator-exists"));
        revise(code, "‰", "LOWER_IS_BETTER")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("indicator-meaning-fixed"))
                .andExpect(jsonPath("$.currentUnit").value("%"))
                .andExpect(jsonPath("$.detail").value("Einheit und Polarität des Indikators \"%s\" ändern sich nie (bisher: %%, niedriger ist besser): "
                        .formatted(code) + "erfasste Werte und Ziele hängen davon ab. Für eine andere Einheit oder Richtung legen Sie einen neuen Indikator an."));
        revise(code, "%", "LOWER_IS_BETTER").andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/indicators/{code}", code)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Anteil SGB II"))
                .andExpect(jsonPath("$.category").value("SOCIAL"))
                .andExpect(jsonPath("$.revisions").value(1)));
        mvc.perform(get("/api/kommunen/16053/indicators").with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[*].code", hasItem(code)));
        mvc.perform(get("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/kommunen/16053/indicators").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.LEITUNG_SOZIALAMT)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"x-%s","name":"X","unit":"%%","polarity":"LOWER_IS_BETTER","category":"SOCIAL","source":"BA"}"""
                                .formatted(suffix())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("planning-not-permitted"));
        mvc.perform(get("/api/kommunen/16053/indicators/gibt-es-nicht").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("indicator-not-found"));
    }

    @Test
    void measurementsMakeASeriesOldestFirstWithUnitAndPolarity() throws Exception {
        String code = "kita-" + suffix();
        define(code, "Betreuungsquote U3", "HIGHER_IS_BETTER", "EDUCATION");
        String lobeda = sozialraum("Lobeda");

        record(lobeda, code, "2025-Q3", "48.5").andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("2025-Q3"))
                .andExpect(jsonPath("$.periodEnd").value("2025-09-30"));
        record(lobeda, code, "2024-q4", "45").andExpect(status().isCreated()).andExpect(jsonPath("$.period").value("2024-Q4"));
        record(lobeda, code, "2025-Q3", "49").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("measurement-period-exists"));
        record(lobeda, code, "2025-10", "49").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("period-kind-mismatch"))
                .andExpect(jsonPath("$.detail").value("Der Zeitraum 2025-10 ist ein Monat, die Reihe hat aber Werte je Quartal. "
                        + "Eine Reihe bleibt bei einer Zeitraumart."));
        record(lobeda, code, "2025-13", "49").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("period-invalid"));
        record(lobeda, "gibt-es-nicht", "2025", "1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("indicator-unknown"));
        record(UUID.randomUUID().toString(), code, "2025", "1").andExpect(status().isNotFound());
        mvc.perform(post("/api/sozialraeume/{id}/indicators/{code}/measurements", lobeda, code).with(as(TestUser.STABSSTELLE_GERA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026\",\"value\":1}"))
                .andExpect(status().isNotFound());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series", lobeda, code)
                        .with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.unit").value("%"))
                .andExpect(jsonPath("$.indicator.polarity").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.values[*].period", contains("2024-Q4", "2025-Q3")))
                .andExpect(jsonPath("$.values[1].value").value(48.5)));
        mvc.perform(get("/api/sozialraeume/{id}/indicators/{code}/series", lobeda, code).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
        assertThat(readings.series(lobeda, code)).extracting(MeasurementReadings.Reading::period).containsExactly("2024-Q4", "2025-Q3");
        assertThat(readings.latest(List.of(lobeda, UUID.randomUUID().toString()), code))
                .as("the latest by Stichtag, although recorded before the earlier one; Sozialräume without values are left out")
                .containsOnly(entry(lobeda, new MeasurementReadings.Reading("2025-Q3", LocalDate.of(2025, 9, 30), new BigDecimal("48.5"))));
        assertThat(catalogue.find("16053", code)).hasValueSatisfying(indicator -> assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER));
        assertThat(catalogue.find("16052", code)).isEmpty();

        mvc.perform(post("/api/sozialraeume/{id}/retire", lobeda).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"zusammengelegt\"}")).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> record(lobeda, code, "2026-Q1", "50")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("sozialraum-retired")));
    }

    private ResultActions record(String sozialraumId, String code, String period, String value) throws Exception {
        return mvc.perform(post("/api/sozialraeume/{id}/indicators/{code}/measurements", sozialraumId, code).with(as(TestUser.STABSSTELLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"%s\",\"value\":%s}".formatted(period, value)));
    }

    private ResultActions revise(String code, String unit, String polarity) throws Exception {
        return mvc.perform(post("/api/kommunen/16053/indicators/{code}/revise", code).with(as(TestUser.STABSSTELLE))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Anteil SGB II","unit":"%s","polarity":"%s","category":"SOCIAL","source":"Bundesagentur für Arbeit"}"""
                        .formatted(unit, polarity)));
    }

    private void define(String code, String name, String polarity, String category) throws Exception {
        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"%s","unit":"%%","polarity":"%s","category":"%s","source":"Statistik"}"""
                                .formatted(code, name, polarity, category)))
                .andExpect(status().isCreated());
        awaitIndicator(code);
    }

    private void awaitIndicator(String code) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/indicators/{code}", code)
                .with(as(TestUser.STABSSTELLE))).andExpect(status().isOk()));
    }

    private String sozialraum(String name) throws Exception {
        String id = json.readTree(mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"kind\":\"STADTTEIL\"}".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", id).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk()));
        return id;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
