package de.sozialraum.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.infra.embedded.MongoStandIn;

/**
 * The store a measurement runs on: {@code MONGODB_URI} if set, otherwise the mongo-java-server
 * stand-in in this process (memory backend). Every figure of one run comes from the same store.
 */
final class StoreConnection implements AutoCloseable {

    private final MongoStandIn standIn;
    private final MongoClient client;
    private final String description;

    StoreConnection() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            standIn = null;
            client = MongoClients.create(uri);
            description = "MongoDB at MONGODB_URI";
        } else {
            standIn = MongoStandIn.inMemory();
            client = MongoClients.create(standIn.connectionString());
            description = "mongo-java-server stand-in, memory backend, in this JVM";
        }
    }

    MongoClient client() {
        return client;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        client.close();
        if (standIn != null) {
            standIn.close();
        }
    }
}
