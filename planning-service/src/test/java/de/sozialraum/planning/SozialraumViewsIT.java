package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sozialräume over time as the views show them: a tree per Kommune, renamed, re-bounded, retired. */
@ServiceIntegrationTest
class SozialraumViewsIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[11.58,50.87],[11.62,50.87],[11.62,50.9],[11.58,50.87]]]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aSozialraumLivesInTheTreeOfItsKommuneIsRenamedReboundedAndRetiredButNeverDeleted() throws Exception {
        String sued = register("""
                {"name":"Jena-Süd","kind":"PLANUNGSRAUM","population":48000}""");
        awaitView(sued);
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL","parentId":"%s","population":21000,"boundary":%s}""".formatted(sued, SQUARE));
        awaitView(lobeda);

        mvc.perform(get("/api/sozialraeume").with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneKey").value("16053"))
                .andExpect(jsonPath("$.sozialraeume[?(@.id=='%s')].children[*].id".formatted(sued), contains(lobeda)));
        mvc.perform(get("/api/sozialraeume/{id}", lobeda).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.parentId").value(sued))
                .andExpect(jsonPath("$.population").value(21000))
                .andExpect(jsonPath("$.boundary.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.boundary.coordinates[0][0][1][0]").value(11.62))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        accepted(post("/api/sozialraeume/{id}/rename", lobeda), """
                {"name":"Lobeda-West"}""");
        accepted(post("/api/sozialraeume/{id}/boundary", lobeda), """
                {"boundary":%s,"reason":"Grenze an Neubaugebiet angepasst"}""".formatted(SQUARE.replace("11.58", "11.57")));
        accepted(post("/api/sozialraeume/{id}/retire", lobeda), """
                {"reason":"Mit Winzerla zusammengelegt"}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", lobeda).with(as(TestUser.PRUEFUNG)))
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.retiredReason").value("Mit Winzerla zusammengelegt"))
                .andExpect(jsonPath("$.name").value("Lobeda-West"))
                .andExpect(jsonPath("$.boundary.coordinates[0][0][0][0]").value(11.57)));

        mvc.perform(post("/api/sozialraeume/{id}/goals", lobeda).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}""".formatted(LocalDate.now().plusYears(1))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sozialraum-retired"))
                .andExpect(jsonPath("$.currentStatus").value("RETIRED"));
    }

    @Test
    void anotherKommuneSeesNothingAndAnInvalidBoundaryChangesNothing() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        awaitView(lobeda);

        mvc.perform(get("/api/sozialraeume/{id}", lobeda).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/sozialraeume").with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneKey").value("16052"))
                .andExpect(jsonPath("$.sozialraeume[*].id", not(hasItem(lobeda))));
        mvc.perform(get("/api/sozialraeume").with(as(TestUser.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("planning-read-not-permitted"));

        mvc.perform(post("/api/sozialraeume/{id}/boundary", lobeda).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"boundary":{"type":"Polygon","coordinates":[[[11.58,50.87],[11.62,50.87],[11.62,50.9],[11.58,50.9]]]},"reason":"neu"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("boundary-invalid"))
                .andExpect(jsonPath("$.detail").value("Die Grenze ist kein gültiges GeoJSON-Polygon oder -MultiPolygon "
                        + "(Längengrad, Breitengrad; WGS 84): coordinates[0]: a ring must end where it starts"));
        mvc.perform(get("/api/sozialraeume/{id}", lobeda).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.boundary").doesNotExist());
    }

    @Test
    void aGoalIsSetRevisedAndAchievedAndThenTakesNoChange() throws Exception {
        String lobeda = register("""
                {"name":"Lobeda","kind":"STADTTEIL"}""");
        String due = LocalDate.now().plusYears(2).toString();
        String goal = json.readTree(mvc.perform(post("/api/sozialraeume/{id}/goals", lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG",
                                 "targetGroups":["ALLEINERZIEHENDE","KINDER_UND_JUGENDLICHE"],"leadDepartment":"jugendamt","dueDate":"%s"}"""
                                .formatted(due)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();

        accepted(post("/api/sozialraeume/{id}/goals/{goal}/revise", lobeda, goal), """
                {"goal":{"title":"Kinderarmut halbieren","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG",
                 "targetGroups":["ALLEINERZIEHENDE"],"leadDepartment":"sozialamt","dueDate":"%s"},
                 "reason":"Beschluss des Jugendhilfeausschusses"}""".formatted(due));
        accepted(post("/api/sozialraeume/{id}/goals/{goal}/achieve", lobeda, goal), """
                {"note":"Quote unter 10 %"}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}/goals", lobeda)
                        .with(as(TestUser.LEITUNG_JUGENDAMT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0].id").value(goal))
                .andExpect(jsonPath("$.goals[0].title").value("Kinderarmut halbieren"))
                .andExpect(jsonPath("$.goals[0].leadDepartment").value("sozialamt"))
                .andExpect(jsonPath("$.goals[0].targetGroups", contains("ALLEINERZIEHENDE")))
                .andExpect(jsonPath("$.goals[0].revisions").value(1))
                .andExpect(jsonPath("$.goals[0].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.goals[0].note").value("Quote unter 10 %")));

        mvc.perform(post("/api/sozialraeume/{id}/goals/{goal}/abandon", lobeda, goal).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"doch nicht\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("goal-closed"))
                .andExpect(jsonPath("$.currentStatus").value("ACHIEVED"))
                .andExpect(jsonPath("$.detail").value("Das Ziel %s ist bereits erreicht und kann nicht mehr geändert werden.".formatted(goal)));
        mvc.perform(get("/api/sozialraeume/{id}/goals", lobeda).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(status().isNotFound());
    }

    private String register(String body) throws Exception {
        String response = mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private void awaitView(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/sozialraeume/{id}", id).with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isOk()));
    }

    private ResultActions accepted(MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted());
    }
}
