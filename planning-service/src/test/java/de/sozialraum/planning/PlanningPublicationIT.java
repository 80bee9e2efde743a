package de.sozialraum.planning;

import static de.sozialraum.testsupport.TestTokens.as;
import static de.sozialraum.testsupport.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.testsupport.ServiceIntegrationTest;
import de.sozialraum.testsupport.TestStores;
import de.sozialraum.testsupport.TestUser;
import de.sozialraum.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Commands over HTTP end up as CloudEvents on the real broker, read back from the event store. */
@ServiceIntegrationTest
class PlanningPublicationIT {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationProperties publication;

    @Test
    void registeredSozialraumAndItsGoalArePublishedInOrderKeyedByTheSozialraum() throws Exception {
        String sozialraumId = id(mvc.perform(post("/api/sozialraeume").with(as(TestUser.STABSSTELLE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Lobeda","kind":"STADTTEIL"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String goalId = id(mvc.perform(post("/api/sozialraeume/{id}/goals", sozialraumId).with(as(TestUser.STABSSTELLE)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Kinderarmut senken","handlungsfeld":"JUGENDHILFE","leitziel":"ARMUTSBEKAEMPFUNG","leadDepartment":"jugendamt","dueDate":"%s"}"""
                                .formatted(LocalDate.now().plusYears(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(TestStores.kafkaBootstrapServers(), publication.topic()).stream()
                        .filter(record -> sozialraumId.equals(record.key())).toList(), own -> own.size() == 2);

        ConsumerRecord<String, byte[]> registered = records.get(0);
        ConsumerRecord<String, byte[]> goalSet = records.get(1);
        assertThat(registered.key()).isEqualTo(sozialraumId);
        assertThat(goalSet.key()).isEqualTo(sozialraumId);
        assertThat(goalSet.partition()).isEqualTo(registered.partition());
        assertThat(goalSet.offset()).isGreaterThan(registered.offset());

        assertThat(header(registered, "ce_type")).hasValue("de.sozialraum.planning.SozialraumRegistered.v1");
        assertThat(header(registered, "ce_source")).hasValue("urn:sozialraum-koordination:planning-service");
        assertThat(header(registered, "ce_subject")).hasValue(sozialraumId);
        assertThat(header(registered, "ce_kommune")).hasValue("16053");
        assertThat(header(registered, "ce_actorid")).hasValue("stabsstelle");
        assertThat(header(registered, "ce_actorname")).hasValue("Sabine Brandt (Stabsstelle Sozialplanung)");
        assertThat(header(registered, "ce_actorrole")).hasValue("STABSSTELLE");
        assertThat(header(registered, "ce_aggregatesequence")).hasValue("0");
        assertThat(header(registered, "ce_correlationid")).isPresent();
        assertThat(header(registered, "content-type")).hasValue("application/json");
        assertThat(body(registered).get("name").asText()).isEqualTo("Lobeda");

        assertThat(header(goalSet, "ce_type")).hasValue("de.sozialraum.planning.GoalSet.v1");
        assertThat(header(goalSet, "ce_aggregatesequence")).hasValue("1");
        assertThat(body(goalSet).get("goalId").asText()).isEqualTo(goalId);
        assertThat(body(goalSet).get("kommuneKey").asText()).isEqualTo("16053");
        assertThat(body(goalSet).get("handlungsfeld").asText()).isEqualTo("JUGENDHILFE");
        assertThat(body(goalSet).get("leitziel").asText()).isEqualTo("ARMUTSBEKAEMPFUNG");
        assertThat(body(goalSet).get("leadDepartment").asText()).isEqualTo("jugendamt");
    }

    private static String id(String response) throws Exception {
        return json.readTree(response).get("id").asText();
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> record) throws Exception {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }
}
