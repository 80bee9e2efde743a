package de.sozialraum.planning.bench;

import java.io.IOException;
import java.nio.file.Files;

import de.sozialraum.infra.embedded.KafkaBroker;
import de.sozialraum.infra.embedded.MongoStandIn;

/**
 * The stores of {@link MeasurementImportBenchmark} in a process of their own, so that the measured
 * service's heap holds only the service: the MongoDB stand-in (memory backend) and a Kafka broker.
 * Prints their addresses, then runs until its standard input closes.
 */
public final class BenchmarkStores {

    private BenchmarkStores() {
    }

    public static void main(String[] args) throws IOException {
        try (MongoStandIn mongo = MongoStandIn.inMemory();
             KafkaBroker kafka = KafkaBroker.start(Files.createTempDirectory("bench-kafka-"), 0, 0)) {
            System.out.println("MONGO=" + mongo.connectionString());
            System.out.println("KAFKA=" + kafka.bootstrapServers());
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the benchmark closes our standard input (or dies)
            }
        }
    }
}
