package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "You said — we did": a Bürgerforum, its contributions, one answered by a goal, one still open. */
@ServiceIntegrationTest
class ParticipationIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void contributionsAreAnsweredByGoalsAndTheOpenOnesAreListed() throws Exception {
        String lobeda = created(post("/api/sozialraeume"), """
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", lobeda)
                .with(as(TestUser.STABSSTELLE))).andExpect(status().isOk()));
        String goal = created(post("/api/sozialraeume/{id}/goals", lobeda), """
                {"title":"Teilhabe im Alter","handlungsfeld":"ALTENHILFE","leitziel":"TEILHABE","leadDepartment":"sozialamt","dueDate":"%s"}"""
                .formatted(LocalDate.now().plusYears(1)));
        String forum = created(post("/api/sozialraeume/{id}/participation", lobeda), """
                {"kind":"BUERGERFORUM","title":"Forum Lobeda","heldOn":"%s","participants":45,"groupsReached":["AELTERE"]}"""
                .formatted(LocalDate.now().minusDays(3)));
        String benches = created(post("/api/sozialraeume/{id}/participation/{p}/contributions", lobeda, forum), """
                {"topic":"Spielplatz","text":"Mehr Bänke am Spielplatz"}""");
        created(post("/api/sozialraeume/{id}/participation/{p}/contributions", lobeda, forum), """
                {"topic":"Nahverkehr","text":"Spätere Busse am Wochenende"}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(post(
                        "/api/sozialraeume/{id}/participation/{p}/contributions/{c}/answer", lobeda, forum, benches)
                        .with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"goalId":"%s","answer":"Aufgenommen in das Ziel Teilhabe im Alter"}""".formatted(goal)))
                .andExpect(status().isAccepted())); // the goal must be in the view first

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/participation", lobeda)
                        .with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.formats[0].kind").value("BUERGERFORUM"))
                .andExpect(jsonPath("$.formats[0].participants").value(45))
                .andExpect(jsonPath("$.formats[0].contributions").value(2))
                .andExpect(jsonPath("$.formats[0].answered").value(1))
                .andExpect(jsonPath("$.formats[0].unanswered").value(1)));
        mvc.perform(get("/api/sozialraeume/{id}/contributions?answered=false", lobeda).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.contributions[*].topic", contains("Nahverkehr")));
        mvc.perform(get("/api/sozialraeume/{id}/contributions?answered=true", lobeda).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.contributions[0].goalId").value(goal))
                .andExpect(jsonPath("$.contributions[0].answer").value("Aufgenommen in das Ziel Teilhabe im Alter"));
        JsonNode first = json.readTree(mvc.perform(get("/api/sozialraeume/{id}/contributions?limit=1", lobeda)
                        .with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.contributions.length()").value(1))
                .andReturn().getResponse().getContentAsString());
        String firstId = first.get("contributions").get(0).get("id").asText();
        assertThat(first.get("next").asText()).isEqualTo("/api/sozialraeume/%s/contributions?after=%s&limit=1".formatted(lobeda, firstId));
        mvc.perform(get(first.get("next").asText()).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.contributions.length()").value(1))
                .andExpect(jsonPath("$.contributions[0].id").value(not(firstId)));
        mvc.perform(get("/api/sozialraeume/{id}/contributions?limit=2", lobeda).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.contributions.length()").value(2));
        mvc.perform(get("/api/sozialraeume/{id}/contributions?limit=3", lobeda).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.next").doesNotExist());

        mvc.perform(post("/api/sozialraeume/{id}/participation/{p}/contributions/{c}/answer", lobeda, forum, benches)
                        .with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Noch einmal\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("contribution-answered"));
        mvc.perform(get("/api/sozialraeume/{id}/contributions", lobeda).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/sozialraeume/{id}/participation", lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"JUGENDFORUM","title":"Jugendforum","heldOn":"%s","participants":20}"""
                                .formatted(LocalDate.now().plusDays(5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
    }

    private String created(MockHttpServletRequestBuilder request, String body) throws Exception {
        String response = mvc.perform(request.with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }
}
