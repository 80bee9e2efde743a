package de.sozialraum.platform.publication;

import static de.sozialraum.platform.publication.CloudEventExtensions.*;

import java.net.URI;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/** Turns an event from the event store into the CloudEvent published on Kafka. */
public class CloudEventFactory {

    /** Axon's MessageOriginProvider: the root message of the chain. */
    static final String AXON_TRACE_ID = "traceId";
    /** Axon's MessageOriginProvider: the message that directly caused this one. */
    static final String AXON_CORRELATION_ID = "correlationId";

    private final URI source;
    private final ObjectMapper objectMapper;

    public CloudEventFactory(URI source, ObjectMapper objectMapper) {
        this.source = source;
        this.objectMapper = objectMapper;
    }

    public CloudEvent create(EventMessage<?> message) {
        if (!(message.getPayload() instanceof PublishedEvent event)) {
            throw new IllegalArgumentException("Event " + message.getPayloadType().getName()
                    + " names no timeline (TimelineEvent or KommuneEvent) and cannot be published");
        }
        PublishedAs publishedAs = message.getPayloadType().getAnnotation(PublishedAs.class);
        if (publishedAs == null) {
            throw new IllegalArgumentException("Event " + message.getPayloadType().getName() + " lacks @PublishedAs");
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(source)
                .withType(publishedAs.value())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withSubject(event.timelineId())
                .withDataContentType("application/json")
                .withData(json(message.getPayload()))
                .withExtension(PARTITION_KEY, event.timelineId());
        optional(builder, KOMMUNE, event.kommuneKey());
        optional(builder, CORRELATION_ID, message.getMetaData().get(AXON_TRACE_ID));
        optional(builder, CAUSATION_ID, message.getMetaData().get(AXON_CORRELATION_ID));
        ActorMetaData.from(message.getMetaData()).ifPresent(actor -> withActor(builder, actor));
        if (message instanceof DomainEventMessage<?> domainEvent) {
            builder.withExtension(AGGREGATE_TYPE, domainEvent.getType())
                    .withExtension(AGGREGATE_ID, domainEvent.getAggregateIdentifier())
                    .withExtension(AGGREGATE_SEQUENCE, Long.toString(domainEvent.getSequenceNumber()));
        }
        return builder.build();
    }

    private static void withActor(CloudEventBuilder builder, Actor actor) {
        builder.withExtension(ACTOR_ID, actor.id())
                .withExtension(ACTOR_NAME, actor.displayName())
                .withExtension(ACTOR_ROLE, actor.role());
        optional(builder, ACTOR_DEPARTMENT, actor.department());
    }

    private static void optional(CloudEventBuilder builder, String name, Object value) {
        if (value != null) {
            builder.withExtension(name, value.toString());
        }
    }

    private byte[] json(Object payload) {
        try {
            return objectMapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be written as JSON", e);
        }
    }
}
