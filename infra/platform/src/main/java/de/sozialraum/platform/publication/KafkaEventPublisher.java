package de.sozialraum.platform.publication;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes every event of the service's event store to Kafka. It runs in a tracking event
 * processor, so the event store is the outbox: the processor's token only moves on after the broker
 * has acknowledged the send ({@code acks=all}); a crash before that re-sends, and consumers drop the
 * duplicate by event id. A failed send stops the processor, which retries with back-off: an event is
 * never skipped.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publication";

    private final KafkaTemplate<String, CloudEvent> kafkaTemplate;
    private final CloudEventFactory cloudEvents;
    private final PublicationProperties properties;

    public KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafkaTemplate, CloudEventFactory cloudEvents,
                               PublicationProperties properties) {
        this.kafkaTemplate = kafkaTemplate;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
    }

    /** Handles every event of the store, whatever its payload type. */
    @EventHandler
    public void publish(EventMessage<?> message)
            throws InterruptedException, ExecutionException, TimeoutException {
        CloudEvent event = cloudEvents.create(message);
        kafkaTemplate.send(properties.topic(), event.getSubject(), event)
                .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
