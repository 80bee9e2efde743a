package de.sozialraum.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStandInTest {

    @TempDir
    Path dataDir;

    @Test
    void onDiskStandInKeepsDocumentsAcrossARestart() {
        Path file = dataDir.resolve("mongo/store.mv");
        int port = FreePorts.next();
        try (MongoStandIn standIn = MongoStandIn.onDisk(file, port);
             MongoClient client = MongoClients.create(standIn.connectionString())) {
            collection(client).insertOne(new Document("_id", "a").append("name", "Lobeda"));
        }

        try (MongoStandIn restarted = MongoStandIn.onDisk(file, port);
             MongoClient client = MongoClients.create(restarted.connectionString())) {
            assertThat(collection(client).find().first()).containsEntry("name", "Lobeda");
        }
    }

    @Test
    void inMemoryStandInPicksAFreePort() {
        try (MongoStandIn first = MongoStandIn.inMemory(); MongoStandIn second = MongoStandIn.inMemory()) {
            assertThat(first.connectionString()).isNotEqualTo(second.connectionString());
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("probe").getCollection("things");
    }
}
