package de.sozialraum.platform.eventstore;

import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.axon.EventJson;
import de.sozialraum.testsupport.TestStores;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Shared pieces of the event-store tests: a fresh database per engine, events, reading. */
final class EventStoreTesting {

    /** The payload of the test events. */
    public record Happened(String aggregateId, long n) {
    }

    static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(EventJson.newObjectMapper()).build();
    private static final MongoClient CLIENT = MongoClients.create(TestStores.mongoUri());

    private EventStoreTesting() {
    }

    static MongoDatabase freshDatabase() {
        return CLIENT.getDatabase("eventstore_" + UUID.randomUUID().toString().substring(0, 8));
    }

    static GlobalIndexEventStorageEngine.Builder engine(MongoDatabase database) {
        return GlobalIndexEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(SERIALIZER)
                .eventSerializer(SERIALIZER);
    }

    static DomainEventMessage<Happened> event(String aggregateId, long sequenceNumber) {
        return new GenericDomainEventMessage<>("Thing", aggregateId, sequenceNumber, new Happened(aggregateId, sequenceNumber));
    }

    /** Everything a reader gets now from {@code token} on, in delivery order. */
    static List<? extends TrackedEventMessage<?>> readFrom(GlobalIndexEventStorageEngine engine, TrackingToken token) {
        return engine.readEvents(token, false).toList();
    }
}
