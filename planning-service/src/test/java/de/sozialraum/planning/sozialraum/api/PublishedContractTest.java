package de.sozialraum.planning.sozialraum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.platform.axon.EventJson;
import org.junit.jupiter.api.Test;

/**
 * The fields added for merge and split keep v1 compatible: events stored or published before them still
 * read (with the new fields empty), and the new fields are plain JSON next to the old ones.
 */
class PublishedContractTest {

    private final ObjectMapper json = EventJson.newObjectMapper();

    @Test
    void eventsFromBeforeMergeAndSplitStillRead() throws Exception {
        assertThat(json.readValue("""
                {"sozialraumId":"sr-1","kommuneKey":"16053","name":"Lobeda","kind":"STADTTEIL","parentId":null}""",
                SozialraumRegisteredEvent.class))
                .isEqualTo(new SozialraumRegisteredEvent("sr-1", "16053", "Lobeda", SozialraumKind.STADTTEIL, null, null, null));
        assertThat(json.readValue("""
                {"sozialraumId":"sr-1","kommuneKey":"16053","reason":"aufgelöst"}""", SozialraumRetiredEvent.class))
                .isEqualTo(new SozialraumRetiredEvent("sr-1", "16053", "aufgelöst"));
        assertThat(json.readValue("""
                {"goalId":"g-1","sozialraumId":"sr-1","kommuneKey":"16053","outcome":"ACHIEVED","note":null}""", GoalClosedEvent.class))
                .isEqualTo(new GoalClosedEvent("g-1", "sr-1", "16053", GoalOutcome.ACHIEVED, null));
        GoalSetEvent goal = json.readValue("""
                {"goalId":"g-1","sozialraumId":"sr-1","kommuneKey":"16053","title":"Kinderarmut senken",
                 "handlungsfeld":"JUGENDHILFE","dueDate":"2027-12-31"}""", GoalSetEvent.class);
        assertThat(goal.carriedOverFrom()).isNull();
        assertThat(goal.plan().targetGroups()).isEmpty();
    }

    @Test
    void theLinksOfAMergeArePublishedAsPlainFields() throws Exception {
        JsonNode registered = json.valueToTree(new SozialraumRegisteredEvent("sr-3", "16053", "Jena-Süd", SozialraumKind.PLANUNGSRAUM,
                null, null, null, Restructuring.MERGE, List.of("sr-1", "sr-2")));
        assertThat(registered.get("restructuring").asText()).isEqualTo("MERGE");
        assertThat(registered.get("predecessorIds")).extracting(JsonNode::asText).containsExactly("sr-1", "sr-2");

        JsonNode closed = json.valueToTree(new GoalClosedEvent("g-1", "sr-1", "16053", GoalOutcome.TRANSFERRED, "Zusammenlegung: …",
                new GoalLink("sr-3", "g-9")));
        assertThat(closed.get("outcome").asText()).isEqualTo("TRANSFERRED");
        assertThat(closed.get("carriedOverTo").get("sozialraumId").asText()).isEqualTo("sr-3");
        assertThat(closed.get("carriedOverTo").get("goalId").asText()).isEqualTo("g-9");

        JsonNode set = json.valueToTree(GoalSetEvent.carriedOver(new CarriedGoal(new GoalLink("sr-1", "g-1"), new GoalLink("sr-3", "g-9"),
                new GoalPlan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE, Leitziel.TEILHABE, null, "jugendamt", null,
                        new GoalTarget("sgb2-quote", new BigDecimal("20"), "2024", new BigDecimal("15")))), "16053"));
        assertThat(set.get("goalId").asText()).isEqualTo("g-9");
        assertThat(set.get("sozialraumId").asText()).isEqualTo("sr-3");
        assertThat(set.get("carriedOverFrom").get("goalId").asText()).isEqualTo("g-1");
        assertThat(set.get("target").get("indicatorCode").asText()).as("a measured goal stays measured").isEqualTo("sgb2-quote");
        assertThat(set.get("target").get("targetValue").decimalValue()).isEqualByComparingTo("15");
        assertThat(set.has("plan")).as("a derived accessor is no field of the contract").isFalse();

        assertThat(json.readValue(json.writeValueAsString(json.treeToValue(registered, SozialraumRegisteredEvent.class)),
                SozialraumRegisteredEvent.class).predecessorIds()).containsExactly("sr-1", "sr-2");
    }
}
