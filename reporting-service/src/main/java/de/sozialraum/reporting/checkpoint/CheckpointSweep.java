package de.sozialraum.reporting.checkpoint;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code sozialraum.audit.checkpoint.every} (first after one interval), checkpoints each timeline that has entries
 * after its last checkpoint — so a quiet timeline's last entries are signed too. Runs only with a signing key.
 */
public class CheckpointSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSweep.class);

    private final TimelineCheckpointer checkpointer;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    public CheckpointSweep(TimelineCheckpointer checkpointer, Duration every) {
        this.checkpointer = checkpointer;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkpoint-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            long started = System.nanoTime();
            int made = checkpointer.sweep();
            if (made > 0) {
                log.info("Checkpointed {} timelines in {} ms", made, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("The checkpoint sweep failed; it runs again in {}", every, e); // and must not end the schedule
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
