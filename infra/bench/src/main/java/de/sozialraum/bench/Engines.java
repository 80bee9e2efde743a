package de.sozialraum.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.axon.EventJson;
import de.sozialraum.platform.eventstore.CommitHook;
import de.sozialraum.platform.eventstore.GlobalIndexEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** The engines measured and compared, configured as the services configure them. */
final class Engines {

    static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(EventJson.newObjectMapper()).build();

    private Engines() {
    }

    static GlobalIndexEventStorageEngine globalIndex(MongoDatabase database, CommitHook hook) {
        return GlobalIndexEventStorageEngine.builder()
                .database(database)
                .commitHook(hook)
                .snapshotSerializer(SERIALIZER)
                .eventSerializer(SERIALIZER)
                .build();
    }

    /** Axon's stock Mongo engine (axon-mongo), document per event, default look-back time. */
    static MongoEventStorageEngine stock(MongoClient client, String database) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .snapshotSerializer(SERIALIZER)
                .eventSerializer(SERIALIZER)
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
