package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.platform.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Takes measurement uploads: streams the body to a file in the upload directory (never into memory),
 * records the import as RECEIVED and hands it to a worker. Answers at once; the import runs in the
 * background and reports its progress in its status document.
 */
public class MeasurementImportService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MeasurementImportService.class);
    private static final int COPY_BUFFER = 64 * 1024;

    private final MeasurementImports imports;
    private final MeasurementImportRunner runner;
    private final MeasurementImportProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    /** This instance's identity in the status documents, new at each start. */
    private final String owner = UUID.randomUUID().toString();
    /** Imports this instance has queued or is running: it confirms them as alive. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    MeasurementImportService(MeasurementImports imports, MeasurementImportRunner runner, MeasurementImportProperties properties,
                             Clock clock) throws IOException {
        this.imports = imports;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
        Files.createDirectories(properties.uploadDirectory());
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), task -> {
                    Thread thread = new Thread(task, "measurement-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Receives a file for the Kommune: the caller must be its Stabsstelle. Returns the new import's id.
     *
     * @throws ImportRefusedException 413 if the body is larger than allowed, 503 if no worker can take it soon
     */
    public String receive(String kommuneKey, Actor actor, InputStream body, String fileName, ImportMode mode) throws IOException {
        PlanningAccessRules.changeIndicators(actor, kommuneKey);
        if (workers.getQueue().remainingCapacity() == 0) {
            throw new ImportRefusedException(503, "import-queue-full");
        }
        String id = UUID.randomUUID().toString();
        Path file = properties.uploadDirectory().resolve(id + ".csv");
        long bytes = copy(body, file);
        ImportRun run = new ImportRun(id, kommuneKey, fileName, mode, actor, file, bytes);
        imports.received(run, owner, Instant.now(clock));
        running.add(id);
        try {
            workers.execute(() -> {
                try {
                    runner.run(run);
                } finally {
                    running.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            running.remove(id);
            imports.discard(id);
            Files.deleteIfExists(file);
            throw new ImportRefusedException(503, "import-queue-full");
        }
        return id;
    }

    public Optional<ImportStatusView> status(String importId, Function<ImportError, String> text) {
        return imports.view(importId, properties.firstErrors(), text);
    }

    public List<ImportStatusView> recent(String kommuneKey, int limit) {
        return imports.recent(kommuneKey, limit);
    }

    public List<ImportStatusView.ErrorView> errors(String importId, int from, int limit, Function<ImportError, String> text) {
        return imports.errors(importId, from, limit, text);
    }

    String owner() {
        return owner;
    }

    Set<String> running() {
        return Set.copyOf(running);
    }

    @Override
    public void start() {
        // the workers start with their first import
    }

    @Override
    public boolean isRunning() {
        return !workers.isShutdown();
    }

    /**
     * Stops the workers first of all, while the command bus still works: a running import is
     * interrupted and concludes as FAILED (or, if it cannot, a later sweep concludes it).
     */
    @Override
    public void stop() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Measurement import workers did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Copies the body to the file as it arrives, and refuses it (deleting the part written) once it exceeds the limit. */
    private long copy(InputStream body, Path file) throws IOException {
        long limit = properties.maxSize().toBytes();
        long total = 0;
        byte[] buffer = new byte[COPY_BUFFER];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new ImportRefusedException(413, "import-too-large", properties.maxSize().toMegabytes());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return total;
    }
}
