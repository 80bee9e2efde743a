package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.sozialraum.platform.actor.SystemActorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Keeps imports honest across crashes. Every {@code heartbeat} it confirms the imports this instance
 * runs, and concludes as FAILED (as the system actor) every active import that no instance has
 * confirmed for {@code staleAfter}: its instance crashed or was stopped. What that import had applied
 * stays; its staged rows and file are removed. The first sweep runs when the service is ready, so a
 * restarted service concludes what its predecessor left as soon as that is stale.
 */
class MeasurementImportSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MeasurementImportSweeper.class);

    private final MeasurementImports imports;
    private final MeasurementImportService service;
    private final MeasurementImportRunner runner;
    private final SystemActorProperties system;
    private final MeasurementImportProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "measurement-import-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    MeasurementImportSweeper(MeasurementImports imports, MeasurementImportService service, MeasurementImportRunner runner,
                             SystemActorProperties system, MeasurementImportProperties properties, Clock clock) {
        this.imports = imports;
        this.service = service;
        this.runner = runner;
        this.system = system;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sweeps once the service is ready (its views and command bus work), then every {@code heartbeat}. */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        removeLeftoverFiles();
        schedule.scheduleWithFixedDelay(this::sweepLogged, 0, properties.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void start() {
        // sweeping starts when the service is ready
    }

    @Override
    public boolean isRunning() {
        return !schedule.isShutdown();
    }

    /** Lets a sweep in progress finish (it may be concluding an import), then stops. */
    @Override
    public void stop() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(10, TimeUnit.SECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** One round: confirm our imports, conclude the abandoned ones. Answers the ids it concluded. */
    List<String> sweep() {
        Instant now = Instant.now(clock);
        Set<String> running = service.running();
        imports.heartbeat(running, now);
        Instant cutoff = now.minus(properties.staleAfter());
        return imports.stale(cutoff).stream()
                .filter(id -> !running.contains(id))
                .filter(id -> imports.claim(id, service.owner(), cutoff, now).map(run -> {
                    log.warn("Measurement import {} was interrupted; concluding it as FAILED", id);
                    runner.concludeInterrupted(run, system.toActor());
                    return true;
                }).orElse(false))
                .toList();
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Sweeping measurement imports failed; trying again in {}", properties.heartbeat(), e);
        }
    }

    /** Uploads of imports that are over (or never got registered, e.g. a crash while receiving) and older than {@code staleAfter}. */
    private void removeLeftoverFiles() {
        Instant cutoff = Instant.now(clock).minus(properties.staleAfter());
        try (Stream<Path> files = Files.list(properties.uploadDirectory())) {
            files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .filter(file -> olderThan(file, cutoff))
                    .filter(file -> !imports.isActive(file.getFileName().toString().replace(".csv", "")))
                    .forEach(MeasurementImportSweeper::delete);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not look for leftover uploads in {}", properties.uploadDirectory(), e);
        }
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete leftover upload {}", file, e);
        }
    }
}
