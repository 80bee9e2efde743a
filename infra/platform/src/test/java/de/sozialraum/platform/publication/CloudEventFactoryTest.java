package de.sozialraum.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.axon.EventJson;
import io.cloudevents.CloudEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CloudEventFactoryTest {

    @PublishedAs("de.sozialraum.test.ThingHappened.v1")
    record ThingHappened(String sozialraumId, String kommuneKey, LocalDate due) implements TimelineEvent {
    }

    @PublishedAs("de.sozialraum.test.KommuneThingHappened.v1")
    record KommuneThingHappened(String kommuneKey, String what) implements KommuneEvent {
    }

    record Unpublishable(String sozialraumId, String kommuneKey) implements TimelineEvent {
    }

    record NotOnATimeline(String name) {
    }

    private final CloudEventFactory factory = new CloudEventFactory(URI.create("urn:sozialraum-koordination:test-service"),
            EventJson.newObjectMapper());

    @Test
    void envelopeCarriesIdTypeSourceTimeSubjectAndTheAttribution() {
        Actor actor = new Actor("u-7", "Maria Beispiel", "DEPARTMENT_HEAD", "jugendamt", "16053");
        MetaData metaData = ActorMetaData.of(actor).and("traceId", "request-1").and("correlationId", "command-1");
        GenericDomainEventMessage<ThingHappened> message = new GenericDomainEventMessage<>("Thing", "agg-1", 3,
                new ThingHappened("sr-1", "16053", LocalDate.of(2027, 1, 31)), metaData, "event-1", Instant.parse("2026-11-26T10:00:00Z"));

        CloudEvent event = factory.create(message);

        assertThat(event.getId()).isEqualTo("event-1");
        assertThat(event.getType()).isEqualTo("de.sozialraum.test.ThingHappened.v1");
        assertThat(event.getSource()).hasToString("urn:sozialraum-koordination:test-service");
        assertThat(event.getTime().toInstant()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(event.getSubject()).isEqualTo("sr-1");
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"sozialraumId\":\"sr-1\",\"kommuneKey\":\"16053\",\"due\":\"2027-01-31\"}");
        assertThat(Map.of(
                "actorid", "u-7", "actorname", "Maria Beispiel", "actorrole", "DEPARTMENT_HEAD", "actordepartment", "jugendamt",
                "kommune", "16053", "correlationid", "request-1", "causationid", "command-1",
                "aggregatetype", "Thing", "aggregateid", "agg-1", "aggregatesequence", "3"))
                .allSatisfy((name, value) -> assertThat(event.getExtension(name)).as(name).isEqualTo(value));
        assertThat(event.getExtension("partitionkey")).isEqualTo("sr-1");
    }

    @Test
    void anEventWithoutContractTypeIsRefusedRatherThanPublishedUnderAGuessedName() {
        assertThatThrownBy(() -> factory.create(GenericEventMessage.asEventMessage(new Unpublishable("sr-1", "16053"))))
                .hasMessageContaining("lacks @PublishedAs");
    }

    @Test
    void aKommunesEventGoesOnTheKommunesTimelineAndTheTimelineIdIsNoPartOfTheData() {
        CloudEvent event = factory.create(GenericEventMessage.asEventMessage(new KommuneThingHappened("16053", "x")));

        assertThat(event.getSubject()).isEqualTo("kommune:16053");
        assertThat(event.getExtension("partitionkey")).isEqualTo("kommune:16053");
        assertThat(event.getExtension("kommune")).isEqualTo("16053");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"kommuneKey\":\"16053\",\"what\":\"x\"}");
    }

    @Test
    void anEventThatBelongsToNoTimelineIsRefused() {
        assertThatThrownBy(() -> factory.create(GenericEventMessage.asEventMessage(new NotOnATimeline("x"))))
                .hasMessageContaining("names no timeline");
    }
}
