package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The Kommunen registry over the real broker and store: seeded at start, Gemeinden by administrators, departments per Kommune. */
@ServiceIntegrationTest
class KommunenIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final List<String> SIX = List.of("gesundheitsamt", "jugendamt", "quartiersmanagement", "schulverwaltung",
            "sozialamt", "wohnungswirtschaft");

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    PublicationProperties publication;

    /** No waiting: start-up registers the reference list and waits for the view before the service takes requests. */
    @Test
    void theTwentyTwoKommunenOfTheReferenceListArePresentRightAfterAFreshStart() throws Exception {
        mvc.perform(get("/api/kommunen").with(as(TestUser.LEITUNG_JUGENDAMT_GERA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommunen[?(@.kind != 'GEMEINDE')].key", hasSize(22)))
                .andExpect(jsonPath("$.kommunen[?(@.kind == 'KREISFREIE_STADT')].key", hasItems("16051", "16052", "16053", "16054", "16055")))
                .andExpect(jsonPath("$.kommunen[?(@.key == '16063')].name", hasItem("Wartburgkreis")))
                .andExpect(jsonPath("$.kommunen[0].departments").doesNotExist());
        for (String kommune : List.of(TestUser.JENA, TestUser.GERA)) {
            mvc.perform(get("/api/kommunen/{key}", kommune).with(as(TestUser.ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value("KREISFREIE_STADT"))
                    .andExpect(jsonPath("$.departments[*].key", hasItems(SIX.toArray(String[]::new))))
                    .andExpect(jsonPath("$.departments[?(@.key == 'jugendamt')].name", hasItem("Jugendamt")))
                    .andExpect(jsonPath("$.departments[?(@.key == 'jugendamt')].type", hasItem("AMT")))
                    .andExpect(jsonPath("$.departments[?(@.key == 'jugendamt')].status", hasItem("ACTIVE")));
        }
        mvc.perform(get("/api/kommunen/{key}", "16056").with(as(TestUser.STABSSTELLE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));

        ConsumerRecord<String, byte[]> registered = await().atMost(Duration.ofSeconds(30)).until(
                () -> published("kommune:16053", "de.sozialraum.planning.KommuneRegistered.v1"), records -> !records.isEmpty()).get(0);
        assertThat(header(registered, "ce_subject")).hasValue("kommune:16053");
        assertThat(header(registered, "ce_kommune")).hasValue("16053");
        assertThat(header(registered, "ce_actorrole")).hasValue("SYSTEM");
        assertThat(header(registered, "ce_aggregatetype")).hasValue("Kommune");
        JsonNode body = json.readTree(new String(registered.value(), StandardCharsets.UTF_8));
        assertThat(body.get("kind").asText()).isEqualTo("KREISFREIE_STADT");
        assertThat(body.get("departments")).extracting(department -> department.get("key").asText()).containsExactlyInAnyOrderElementsOf(SIX);
    }

    /** What a second instance starting at the same moment meets, and the seeding treats as "already there". */
    @Test
    void theEventStoreRefusesASecondRegistrationOfTheSameKey() {
        Actor system = new Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null);
        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new RegisterKommuneCommand("16052", "Gera", KommuneKind.KREISFREIE_STADT)).andMetaData(ActorMetaData.of(system))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void anAdministratorRegistersAGemeindeOfALandkreisOnceAndItStartsWithTheDefaultCatalogue() throws Exception {
        gemeinde(TestUser.ADMIN, "16063003", "Bad Salzungen")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value("16063003"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/{key}", "16063003").with(as(TestUser.PRUEFUNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Bad Salzungen"))
                .andExpect(jsonPath("$.kind").value("GEMEINDE"))
                .andExpect(jsonPath("$.departments[*].key", hasItems(SIX.toArray(String[]::new)))));

        gemeinde(TestUser.ADMIN, "16063003", "Bad Salzungen")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("kommune-exists"))
                .andExpect(jsonPath("$.detail").value("Eine Kommune mit dem Schlüssel 16063003 ist bereits registriert."));
        gemeinde(TestUser.ADMIN, "16053001", "Jena-Nord")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("kommune-landkreis-unknown"))
                .andExpect(jsonPath("$.detail").value("Die ersten fünf Ziffern des AGS 16053001 müssen der Kreisschlüssel eines registrierten "
                        + "Landkreises sein; 16053 ist keiner. Kreisfreie Städte haben keine Gemeinden."));
        mvc.perform(post("/api/kommunen").with(as(TestUser.ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"key\":\"1606300\",\"name\":\"Kurz\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("kommune-key-invalid"))
                .andExpect(jsonPath("$.title").value("Invalid Kommune key"));
        gemeinde(TestUser.STABSSTELLE, "16063004", "Barchfeld")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("kommune-register-not-permitted"));
        mvc.perform(post("/api/kommunen").with(as(TestUser.ADMIN)).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void theStabsstelleAddsAFreierTraegerWhichThenLeadsAGoalUntilItIsRetired() throws Exception {
        department(TestUser.STABSSTELLE, TestUser.JENA, """
                {"key":"stadtteilbuero-lobeda","name":"Stadtteilbüro Lobeda (AWO)","type":"FREIER_TRAEGER"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value("stadtteilbuero-lobeda"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/{key}", TestUser.JENA).with(as(TestUser.LEITUNG_SOZIALAMT)))
                .andExpect(jsonPath("$.departments[?(@.key == 'stadtteilbuero-lobeda')].type", hasItem("FREIER_TRAEGER"))));

        String lobeda = sozialraum(TestUser.STABSSTELLE);
        goal(TestUser.STABSSTELLE, lobeda, "stadtteilbuero-lobeda").andExpect(status().isCreated());
        String bieblach = sozialraum(TestUser.STABSSTELLE_GERA);
        goal(TestUser.STABSSTELLE_GERA, bieblach, "stadtteilbuero-lobeda")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("department-unknown"));

        department(TestUser.STABSSTELLE, TestUser.JENA, """
                {"key":"stadtteilbuero-lobeda","name":"Noch einmal","type":"AMT"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department-exists"))
                .andExpect(jsonPath("$.currentStatus").value("ACTIVE"));
        retire(TestUser.STABSSTELLE, "stadtteilbuero-lobeda").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> goal(TestUser.STABSSTELLE, lobeda, "stadtteilbuero-lobeda")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("department-unknown")));
        mvc.perform(get("/api/kommunen/{key}", TestUser.JENA).with(as(TestUser.STABSSTELLE_GERA)))
                .andExpect(jsonPath("$.departments[?(@.key == 'stadtteilbuero-lobeda')].status", hasItem("RETIRED")))
                .andExpect(jsonPath("$.departments[?(@.key == 'stadtteilbuero-lobeda')].retiredReason", hasItem("Trägerwechsel")));
        retire(TestUser.STABSSTELLE, "stadtteilbuero-lobeda")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("department-retired"));

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                        .filter(record -> "kommune:16053".equals(record.key()))
                        .filter(record -> header(record, "ce_type").orElse("").matches(".*Department(Added|Retired).*"))
                        .filter(record -> new String(record.value(), StandardCharsets.UTF_8).contains("stadtteilbuero-lobeda"))
                        .toList(), found -> found.size() == 2);
        assertThat(events).extracting(record -> header(record, "ce_type").orElseThrow()).containsExactly(
                "de.sozialraum.planning.DepartmentAdded.v1", "de.sozialraum.planning.DepartmentRetired.v1");
        assertThat(events).extracting(record -> header(record, "ce_actorid").orElseThrow()).containsOnly("stabsstelle");
    }

    @Test
    void onlyTheKommunesOwnStabsstelleAndAdministratorsManageItsDepartments() throws Exception {
        String body = """
                {"key":"bauamt","name":"Bauamt","type":"AMT"}""";
        String foreign = department(TestUser.STABSSTELLE_GERA, TestUser.JENA, body)
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = department(TestUser.STABSSTELLE_GERA, "16099", body)
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(foreign.replace(TestUser.JENA, "{key}")).as("another Kommune's catalogue answers like an unknown Kommune")
                .isEqualTo(unknown.replace("16099", "{key}"));
        mvc.perform(post("/api/kommunen/{key}/departments", TestUser.JENA).with(as(TestUser.LEITUNG_JUGENDAMT))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("departments-not-permitted"))
                .andExpect(jsonPath("$.detail", startsWith("A Kommune's departments and freie Träger are maintained by its Stabsstelle")))
                .andExpect(jsonPath("$.detail", not(containsString("{0}"))));
        department(TestUser.PRUEFUNG, TestUser.JENA, body)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        department(TestUser.STABSSTELLE, TestUser.JENA, """
                {"key":"Bau Amt","name":"Bauamt","type":"AMT"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("department-key-invalid"));
        department(TestUser.ADMIN, TestUser.JENA, body).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/kommunen/{key}", TestUser.JENA).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.departments[*].key", hasItem("bauamt"))));
        mvc.perform(get("/api/kommunen/{key}", TestUser.GERA).with(as(TestUser.STABSSTELLE)))
                .andExpect(jsonPath("$.departments[*].key", not(hasItem("bauamt"))));
    }

    @Test
    void anIdOfAnotherKindOfThingIsAnUnknownIdNotAnError() throws Exception {
        String lobeda = sozialraum(TestUser.STABSSTELLE);
        mvc.perform(post("/api/sozialraeume/{id}/rename", TestUser.JENA).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Jena\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        department(TestUser.STABSSTELLE, lobeda, """
                {"key":"bauamt","name":"Bauamt","type":"AMT"}""")
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/sozialraeume/{id}/participation/{p}/contributions", lobeda, lobeda).with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"topic\":\"Spielplatz\",\"text\":\"Mehr Bänke\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiDescriptionNamesTheKommunenEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/kommunen'].post.summary").value("Gemeinde registrieren (Administration)"))
                .andExpect(jsonPath("$.paths['/api/kommunen/{kommuneKey}/departments/{departmentKey}/retire'].post.tags", hasItem("Kommunen")))
                .andExpect(jsonPath("$.paths['/api/kommunen/{kommuneKey}'].get").exists());
    }

    private ResultActions gemeinde(TestUser user, String key, String name) throws Exception {
        return mvc.perform(post("/api/kommunen").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"key\":\"%s\",\"name\":\"%s\"}".formatted(key, name)));
    }

    private ResultActions department(TestUser user, String kommune, String body) throws Exception {
        return mvc.perform(post("/api/kommunen/{key}/departments", kommune).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions retire(TestUser user, String department) throws Exception {
        return mvc.perform(post("/api/kommunen/{key}/departments/{department}/retire", TestUser.JENA, department).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Trägerwechsel\"}"));
    }

    private String sozialraum(TestUser stabsstelle) throws Exception {
        return json.readTree(mvc.perform(post("/api/sozialraeume").with(as(stabsstelle)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Lobeda\",\"kind\":\"STADTTEIL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private ResultActions goal(TestUser stabsstelle, String sozialraum, String leadDepartment) throws Exception {
        return mvc.perform(post("/api/sozialraeume/{id}/goals", sozialraum).with(as(stabsstelle)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"Treffpunkt schaffen","handlungsfeld":"JUGENDHILFE","leitziel":"TEILHABE","leadDepartment":"%s","dueDate":"%s"}"""
                        .formatted(leadDepartment, LocalDate.now().plusYears(1))));
    }

    private List<ConsumerRecord<String, byte[]>> published(String key, String type) {
        return TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                .filter(record -> key.equals(record.key()))
                .filter(record -> header(record, "ce_type").orElse("").equals(type))
                .toList();
    }
}
