package de.sozialraum.platform.eventstore;

import static de.sozialraum.platform.eventstore.EventStoreTesting.event;
import static de.sozialraum.platform.eventstore.EventStoreTesting.readFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.eventstore.EventStoreTesting.Happened;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tracking processor over the engine, through Axon's embedded event store and its shared cache: a
 * reset replays the whole store in the same order, quietly for side effects; a handler failing in the
 * middle of a multi-event commit resumes there without skipping.
 */
class TrackingProcessorIT {

    private static final String GROUP = "replay-test";
    private static final int EVENTS = 300;

    private final MongoDatabase database = EventStoreTesting.freshDatabase();
    private final GlobalIndexEventStorageEngine engine = EventStoreTesting.engine(database).build();
    private final Recorder recorder = new Recorder();
    private final SideEffects sideEffects = new SideEffects();
    private Configuration axon;

    @ProcessingGroup(GROUP)
    static class Recorder {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<Boolean> replaying = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();
        volatile long failAt = -1;

        @EventHandler
        void on(Happened happened, EventMessage<?> message, ReplayStatus status) {
            if (happened.n() == failAt && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("handler fails once at event " + failAt);
            }
            seen.add(message.getIdentifier());
            replaying.add(status.isReplay());
        }
    }

    /** Would e-mail someone, say: must not run again on a replay. */
    @ProcessingGroup(GROUP)
    static class SideEffects {
        final List<String> done = new CopyOnWriteArrayList<>();

        @EventHandler
        @DisallowReplay
        void on(Happened happened, EventMessage<?> message) {
            done.add(message.getIdentifier());
        }
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void aHandlerFailingInsideAMultiEventCommitResumesThereWithoutSkippingAnEvent() {
        appendInCommitsOfThree();
        recorder.failAt = 148;
        recorder.failuresLeft.set(1);
        axon = configuration();
        axon.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> new HashSet<>(recorder.seen).size() == EVENTS);
        List<String> inStoreOrder = readFrom(engine, null).stream().map(EventMessage::getIdentifier).toList();
        assertThat(recorder.seen.stream().distinct().toList()).as("every event, first seen in store order")
                .isEqualTo(inStoreOrder);
        assertThat(recorder.failuresLeft.get()).as("the failure happened").isNegative();
    }

    @Test
    void aResetReplaysEveryEventInTheSameOrderWhileDisallowedHandlersStayQuietAndTheTokenStaysSmall() {
        appendInCommitsOfThree();
        axon = configuration();
        axon.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> recorder.seen.size() == EVENTS);
        List<String> firstPass = List.copyOf(recorder.seen);

        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> recorder.seen.size() == 2 * EVENTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying());

        assertThat(recorder.seen.subList(EVENTS, 2 * EVENTS)).isEqualTo(firstPass);
        assertThat(recorder.replaying.subList(0, EVENTS)).containsOnly(false);
        assertThat(recorder.replaying.subList(EVENTS, 2 * EVENTS)).containsOnly(true);
        assertThat(sideEffects.done).isEqualTo(firstPass);

        engine.appendEvents(event("replayed", EVENTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> sideEffects.done.size() == EVENTS + 1);
        assertThat(recorder.replaying.get(2 * EVENTS)).isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(storedToken()).contains("\"globalIndex\":" + (EVENTS + 1)).hasSizeLessThan(200));
    }

    private void appendInCommitsOfThree() {
        engine.ensureIndexes();
        for (long n = 0; n < EVENTS; n += 3) {
            long first = n;
            engine.appendEvents(LongStream.range(first, Math.min(EVENTS, first + 3))
                    .<DomainEventMessage<?>>mapToObj(sequence -> event("replayed", sequence)).toList());
        }
    }

    private Configuration configuration() {
        MongoTokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(EventStoreTesting.SERIALIZER)
                .build();
        return DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> EventStoreTesting.SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(GROUP, Configuration::eventStore,
                                // from the start, as a processor that was there from the beginning (Axon's default
                                // for a new processor would treat the history as a replay already)
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(50)
                                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                        .registerTokenStore(GROUP, c -> tokens)
                        .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance())
                        .registerEventHandler(c -> recorder)
                        .registerEventHandler(c -> sideEffects))
                .buildConfiguration();
    }

    /** The token as stored: its serialised JSON. */
    private String storedToken() {
        Document token = database.getCollection("trackingtokens").find(new Document("processorName", GROUP)).first();
        Object serialized = token == null ? null : token.get("token");
        return serialized instanceof Binary binary ? new String(binary.getData(), StandardCharsets.UTF_8) : String.valueOf(serialized);
    }
}
