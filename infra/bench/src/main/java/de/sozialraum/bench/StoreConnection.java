package de.sozialraum.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.infra.embedded.FreePorts;
import de.sozialraum.infra.embedded.MongoStandIn;

/**
 * The store a measurement runs on: {@code MONGODB_URI} if set; otherwise the mongo-java-server
 * stand-in in this process, with its memory backend, or with its H2 file backend (as in the local
 * stack) when {@code -Dbench.store=h2}. Every figure of one run comes from the same store.
 */
final class StoreConnection implements AutoCloseable {

    private final MongoStandIn standIn;
    private final MongoClient client;
    private final String description;

    StoreConnection() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            standIn = null;
            description = "MongoDB at MONGODB_URI";
        } else if ("h2".equals(System.getProperty("bench.store"))) {
            standIn = MongoStandIn.onDisk(temporaryFile(), FreePorts.next());
            description = "mongo-java-server stand-in, H2 file backend, in this JVM";
        } else {
            standIn = MongoStandIn.inMemory();
            description = "mongo-java-server stand-in, memory backend, in this JVM";
        }
        client = MongoClients.create(standIn == null ? uri : standIn.connectionString());
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

    private static Path temporaryFile() {
        try {
            return Files.createTempDirectory("bench-h2-").resolve("store.mv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
