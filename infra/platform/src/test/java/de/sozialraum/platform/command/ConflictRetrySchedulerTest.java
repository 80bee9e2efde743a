package de.sozialraum.platform.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.sozialraum.platform.problem.ConflictException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(2, Duration.ofMillis(1));
    private final List<Class<? extends Throwable>[]> failures = new ArrayList<>();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void sendsACommandThatLostARaceForItsAggregateAgain() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);
        assertThat(retry(new ConcurrencyException("sequence 1 of a-1 taken"), dispatched::countDown)).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).as("sent again").isTrue();
    }

    @Test
    void recognisesTheConflictInsideAWrapper() {
        assertThat(retry(new CommandExecutionException("failed", new ConcurrencyException("taken")), () -> { })).isTrue();
    }

    @Test
    void neverRetriesARefusal() {
        assertThat(retry(new ConflictException("assignment-accept-refused", "already declined"), () -> { })).isFalse();
        assertThat(retry(new IllegalStateException("bug"), () -> { })).isFalse();
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfRetries() {
        assertThat(retry(new ConcurrencyException("1"), () -> { })).isTrue();
        assertThat(retry(new ConcurrencyException("2"), () -> { })).isTrue();
        assertThat(retry(new ConcurrencyException("3"), () -> { })).as("third retry of at most two").isFalse();
    }

    @SuppressWarnings("unchecked")
    private boolean retry(RuntimeException failure, Runnable dispatch) {
        failures.add(new Class[] {failure.getClass()});
        return scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("accept"), failure, failures, dispatch);
    }
}
