package de.sozialraum.reporting.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.junit.jupiter.api.Test;

/** While a re-feed holds the sweep, it makes no checkpoints; once every hold is released, it sweeps again. */
class SweepHoldTest {

    private final MongoTimeline timeline = mock(MongoTimeline.class);
    private final TimelineCheckpointer checkpointer = new TimelineCheckpointer(timeline, mock(MongoCheckpointRecords.class),
            CheckpointKeys.of("test", CheckpointSignature.generateKeyPair().getPrivate(), Map.of()),
            new SystemActorProperties("system", "System", "SYSTEM", null, null), Clock.systemUTC(), 3);

    @Test
    void aHeldSweepLooksAtNoTimelineUntilEveryHoldIsReleased() {
        when(timeline.timelineIds()).thenReturn(List.of());
        TimelineCheckpointer.SweepHold first = checkpointer.holdSweep();
        TimelineCheckpointer.SweepHold second = checkpointer.holdSweep();

        assertThat(checkpointer.sweep()).isZero();
        first.close();
        assertThat(checkpointer.sweep()).isZero();
        verify(timeline, never()).timelineIds();

        second.close();
        checkpointer.sweep();
        verify(timeline, times(1)).timelineIds();
    }
}
