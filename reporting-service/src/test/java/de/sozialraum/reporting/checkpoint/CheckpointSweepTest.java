package de.sozialraum.reporting.checkpoint;

import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The sweep runs every interval, and a failed run does not end the schedule. */
class CheckpointSweepTest {

    @Test
    void runsEveryIntervalAndGoesOnAfterAFailure() {
        TimelineCheckpointer checkpointer = mock(TimelineCheckpointer.class);
        when(checkpointer.sweep()).thenThrow(new IllegalStateException("store unreachable")).thenReturn(2);
        CheckpointSweep sweep = new CheckpointSweep(checkpointer, Duration.ofMillis(20));

        sweep.start();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(checkpointer, atLeast(3)).sweep());
            Assertions.assertThat(sweep.isRunning()).isTrue();
        } finally {
            sweep.stop();
        }
        Assertions.assertThat(sweep.isRunning()).isFalse();
    }
}
