package de.sozialraum.platform.eventstore;

import static de.sozialraum.platform.eventstore.EventStoreTesting.event;
import static de.sozialraum.platform.eventstore.EventStoreTesting.readFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class GlobalIndexEventStorageEngineIT {

    private final MongoDatabase database = EventStoreTesting.freshDatabase();

    @Test
    void sourcesAnAggregateInSequenceAcrossCommits() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(event("b", 0));
        engine.appendEvents(event("a", 2));

        DomainEventStream stream = engine.readEvents("a");
        assertThat(stream.asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("a", 2).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(2L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void everyEventGetsItsOwnIndexAndAReaderCanResumeInsideACommit() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(GenericEventMessage.asEventMessage("not from an aggregate"));

        List<? extends TrackedEventMessage<?>> read = readFrom(engine, engine.createTailToken());

        assertThat(read).extracting(TrackedEventMessage::trackingToken).containsExactly(
                new GlobalSequenceTrackingToken(1), new GlobalSequenceTrackingToken(2), new GlobalSequenceTrackingToken(3));
        assertThat(read.get(2).getPayload()).isEqualTo("not from an aggregate");
        assertThat(readFrom(engine, new GlobalSequenceTrackingToken(1))).extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(read.get(1).getIdentifier(), read.get(2).getIdentifier());
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void aSecondEventWithTheSameSequenceNumberIsAConcurrencyConflictAndItsWholeAppendIsRefused() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.appendEvents(event("a", 0), event("a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), event("a", 2))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0))).isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L);
    }

    @Test
    void appendingTheSameEventsAgainStoresThemOnce() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        List<DomainEventMessage<?>> events = List.of(event("a", 0), event("a", 1));
        engine.appendEvents(events);
        engine.appendEvents(events);

        assertThat(readFrom(engine, null)).hasSize(2);
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(2));
    }

    @Test
    void aRefusedAppendLeavesNoGapInTheIndexes() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.appendEvents(event("a", 0));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0))).isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0));

        assertThat(readFrom(engine, null)).extracting(TrackedEventMessage::trackingToken)
                .containsExactly(new GlobalSequenceTrackingToken(1), new GlobalSequenceTrackingToken(2));
    }

    @Test
    void aSlowWriterFindsItsIndexTakenAndAppendsAtTheNextSoReadersNeitherWaitNorSkip() throws Exception {
        Blocking slow = new Blocking();
        GlobalIndexEventStorageEngine engine = engine(slow);
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> slow.appendBlocked(engine, event("slow", 0)));
        assertThat(slow.chosen.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        engine.appendEvents(event("fast", 0));

        List<? extends TrackedEventMessage<?>> live = readFrom(engine, null);
        assertThat(live).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).containsExactly("fast");

        slow.release.countDown();
        slowWriter.get(10, TimeUnit.SECONDS);
        List<? extends TrackedEventMessage<?>> rest = readFrom(engine, live.get(0).trackingToken());
        assertThat(rest).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).containsExactly("slow");
        assertThat(rest.get(0).trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(2));

        assertThat(readFrom(engine, null)).as("a replay sees what the live reader saw, in the same order")
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(live.get(0).getIdentifier(), rest.get(0).getIdentifier());
    }

    @Test
    void anEngineThatStartsLaterFindsTheLastIndexOthersWrote() {
        GlobalIndexEventStorageEngine first = engine(CommitHook.NONE);
        for (long n = 0; n < 37; n++) {
            first.appendEvents(event("a", n));
        }

        GlobalIndexEventStorageEngine second = engine(CommitHook.NONE);
        assertThat(second.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(37));
        second.appendEvents(event("b", 0));
        assertThat(first.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(38));
    }

    @Test
    void keepsTheLatestSnapshotPerAggregate() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "a", 5, new EventStoreTesting.Happened("a", 5)));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "a", 9, new EventStoreTesting.Happened("a", 9)));

        assertThat(engine.readSnapshot("a")).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isEqualTo(9);
            assertThat(snapshot.getPayload()).isEqualTo(new EventStoreTesting.Happened("a", 9));
        });
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void aTokenAtAnInstantStartsAtTheFirstCommitFromThen() {
        GlobalIndexEventStorageEngine engine = engine(CommitHook.NONE);
        engine.appendEvents(new GenericDomainEventMessage<>("Thing", "a", 0, "early", java.util.Map.of(), "e-1",
                Instant.parse("2026-01-01T00:00:00Z")));
        engine.appendEvents(new GenericDomainEventMessage<>("Thing", "a", 1, "late", java.util.Map.of(), "e-2",
                Instant.parse("2026-06-01T00:00:00Z")));

        assertThat(engine.createTokenAt(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(engine.createTokenAt(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(new GlobalSequenceTrackingToken(2));
    }

    private GlobalIndexEventStorageEngine engine(CommitHook hook) {
        GlobalIndexEventStorageEngine engine = EventStoreTesting.engine(database).commitHook(hook).build();
        engine.ensureIndexes();
        return engine;
    }

    /** Holds the first commit of the calling writer between choosing its index and inserting it. */
    private static final class Blocking implements CommitHook {

        final CompletableFuture<Long> chosen = new CompletableFuture<>();
        final CountDownLatch release = new CountDownLatch(1);
        private final ThreadLocal<Boolean> blockHere = ThreadLocal.withInitial(() -> false);
        private final AtomicBoolean used = new AtomicBoolean();

        void appendBlocked(GlobalIndexEventStorageEngine engine, DomainEventMessage<?> event) {
            blockHere.set(true);
            engine.appendEvents(event);
        }

        @Override
        public void beforeInsert(long index) {
            if (blockHere.get() && used.compareAndSet(false, true)) {
                chosen.complete(index);
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
