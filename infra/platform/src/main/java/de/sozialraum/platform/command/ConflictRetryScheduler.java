package de.sozialraum.platform.command;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when its events lost the optimistic-concurrency race for their aggregate —
 * another instance appended to it between this one's load and commit. The retry loads the aggregate
 * anew and decides on what the winner recorded: a step that is still allowed succeeds, one that is not
 * is refused with the state it found (a 409 naming it) instead of a bare "concurrent modification".
 * Nothing else is retried: a refusal is an answer, not a failure. Within one instance Axon's
 * per-aggregate lock already serialises commands.
 */
public final class ConflictRetryScheduler implements RetryScheduler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "command-conflict-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final RetryScheduler retries;

    public ConflictRetryScheduler(int maxRetries, Duration interval) {
        this.retries = IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(maxRetries)
                .retryInterval(Math.toIntExact(interval.toMillis()))
                .build();
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!isConflict(lastFailure)) {
            return false;
        }
        boolean retrying = retries.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
        log.debug("{} lost the race for its aggregate (attempt {}); {}", commandMessage.getCommandName(), failures.size(),
                retrying ? "sending it again" : "giving up");
        return retrying;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
