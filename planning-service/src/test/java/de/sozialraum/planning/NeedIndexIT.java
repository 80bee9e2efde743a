package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Three Stadtteile of one Planungsraum with measured poverty and day-care rates: the need index ranks
 * them as computed by hand (values 10/20/30 → z = ∓1.225), a measured goal shows its progress.
 */
@ServiceIntegrationTest
class NeedIndexIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void theStabsstelleRanksSiblingsByNeedAndFollowsAMeasuredGoal() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String poverty = "sgb2-" + suffix;
        String dayCare = "kita-" + suffix;
        define(poverty, "SGB-II-Quote", "LOWER_IS_BETTER", "SOCIAL");
        define(dayCare, "Betreuungsquote unter 3", "HIGHER_IS_BETTER", "EDUCATION");
        String region = sozialraum("{\"name\":\"Planungsraum Süd %s\",\"kind\":\"PLANUNGSRAUM\"}".formatted(suffix));
        String altstadt = sozialraum("{\"name\":\"Altstadt\",\"kind\":\"STADTTEIL\",\"parentId\":\"%s\"}".formatted(region));
        String lobeda = sozialraum("{\"name\":\"Lobeda\",\"kind\":\"STADTTEIL\",\"parentId\":\"%s\"}".formatted(region));
        String winzerla = sozialraum("{\"name\":\"Winzerla\",\"kind\":\"STADTTEIL\",\"parentId\":\"%s\"}".formatted(region));
        measure(altstadt, poverty, "2025", "10");
        measure(lobeda, poverty, "2025", "30");
        measure(winzerla, poverty, "2025", "20");
        measure(altstadt, dayCare, "2025", "30");
        measure(lobeda, dayCare, "2025", "10");

        mvc.perform(put("/api/kommunen/16053/need-index").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"components":[{"indicator":"%s","weight":2},{"indicator":"%s","weight":1}],
                                 "reason":"Beschluss der Steuerungsgruppe"}""".formatted(poverty, dayCare)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").isNumber());

        // Winzerla has no day-care rate yet: no score, last, naming what is missing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/need-index?parent={p}", region)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method.reason").value("Beschluss der Steuerungsgruppe"))
                .andExpect(jsonPath("$.entries[*].name", contains("Lobeda", "Altstadt", "Winzerla")))
                .andExpect(jsonPath("$.entries[2].missing", contains(dayCare))));
        measure(winzerla, dayCare, "2025", "20");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/16053/need-index?parent={p}", region)
                        .with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(jsonPath("$.entries[*].name", contains("Lobeda", "Winzerla", "Altstadt")))
                .andExpect(jsonPath("$.entries[*].score", contains(1.225, 0.0, -1.225)))
                .andExpect(jsonPath("$.entries[*].rank", contains(1, 2, 3)))
                .andExpect(jsonPath("$.entries[0].inputs[1].indicator").value(dayCare))
                .andExpect(jsonPath("$.entries[0].inputs[1].z").value(-1.225))
                .andExpect(jsonPath("$.entries[0].inputs[1].needScore").value(1.225))
                .andExpect(jsonPath("$.method.components[0].mean").value(20.0))
                .andExpect(jsonPath("$.method.components[0].standardDeviation").value(8.165)));
        mvc.perform(get("/api/sozialraeume").with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.needIndex['%s'].rank".formatted(lobeda)).value(1))
                .andExpect(jsonPath("$.needIndex['%s'].groupSize".formatted(lobeda)).value(3))
                .andExpect(jsonPath("$.needIndex['%s'].score".formatted(altstadt)).value(-1.225));
        mvc.perform(get("/api/kommunen/16053/need-index").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/kommunen/16053/need-index").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden());

        // a measured goal for Lobeda: the poverty rate from 30 down to 20; measured 25 a year later
        String goal = created(post("/api/sozialraeume/{id}/goals", lobeda), goal(poverty, "30", "20"));
        measure(lobeda, poverty, "2026", "25");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/goals", lobeda)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.goals[0].id").value(goal))
                .andExpect(jsonPath("$.goals[0].target.indicatorCode").value(poverty))
                .andExpect(jsonPath("$.goals[0].progress.current.period").value("2026"))
                .andExpect(jsonPath("$.goals[0].progress.percent").value(50.0))
                .andExpect(jsonPath("$.goals[0].progress.state").value("IN_PROGRESS")));

        mvc.perform(post("/api/sozialraeume/{id}/goals", lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(goal(poverty, "30", "35")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("goal-target-no-improvement"));
        mvc.perform(post("/api/sozialraeume/{id}/goals", lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(goal("wohngeld-" + suffix, "5", "4")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("indicator-unknown"));
        mvc.perform(put("/api/kommunen/16053/need-index").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"components\":[{\"indicator\":\"wohngeld-%s\",\"weight\":1}],\"reason\":\"Test\"}".formatted(suffix)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("indicator-unknown"));
    }

    private static String goal(String indicator, String baseline, String target) {
        return """
                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt",
                 "dueDate":"%s","target":{"indicator":"%s","baseline":%s,"baselinePeriod":"2025","targetValue":%s}}"""
                .formatted(LocalDate.now().plusYears(2), indicator, baseline, target);
    }

    private void define(String code, String name, String polarity, String category) throws Exception {
        mvc.perform(post("/api/kommunen/16053/indicators").with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"%s","unit":"%%","polarity":"%s","category":"%s","source":"Statistikstelle"}"""
                                .formatted(code, name, polarity, category)))
                .andExpect(status().isCreated());
    }

    private String sozialraum(String body) throws Exception {
        String id = created(post("/api/sozialraeume"), body);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", id)
                .with(as(TestUser.STABSSTELLE))).andExpect(status().isOk()));
        return id;
    }

    /** Records a value once the indicator is in the catalogue's view. */
    private void measure(String sozialraumId, String code, String period, String value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(post("/api/sozialraeume/{id}/indicators/{code}/measurements",
                        sozialraumId, code).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"%s\",\"value\":%s}".formatted(period, value)))
                .andExpect(status().isCreated()));
    }

    private String created(MockHttpServletRequestBuilder request, String body) throws Exception {
        String response = mvc.perform(request.with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }
}
