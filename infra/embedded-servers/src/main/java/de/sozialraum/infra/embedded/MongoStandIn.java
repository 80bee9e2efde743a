package de.sozialraum.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB stand-in of the embedded mode: mongo-java-server, a MongoDB wire-protocol server in
 * Java, bound to 127.0.0.1. It is not MongoDB: no sessions, no transactions, fewer index types
 * (see docs/adr/0003-mongodb-stand-in.md). Code must only rely on what real MongoDB 7 supports.
 */
public final class MongoStandIn implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStandIn.class);

    private final MongoServer server;
    private final String connectionString;

    private MongoStandIn(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    /** A stand-in that keeps its data in one H2 MVStore file, so a restart keeps all data. */
    public static MongoStandIn onDisk(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        MongoStandIn standIn = start(new H2Backend(file.toAbsolutePath().toString()), port);
        log.info("MongoDB stand-in ready at {} with data in {}", standIn.connectionString, file);
        return standIn;
    }

    /** A stand-in that forgets everything when closed; for tests. */
    public static MongoStandIn inMemory() {
        return start(new MemoryBackend(), 0);
    }

    private static MongoStandIn start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new MongoStandIn(server, server.getLocalAddress());
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
