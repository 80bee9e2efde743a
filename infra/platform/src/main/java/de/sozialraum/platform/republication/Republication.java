package de.sozialraum.platform.republication;

import java.util.Collection;
import java.util.OptionalLong;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.publication.KafkaEventPublisher;
import de.sozialraum.platform.republication.RepublicationStatus.State;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every event of the service's event store to Kafka once more, in store order, by resetting the publishing
 * processor ({@link KafkaEventPublisher#PROCESSING_GROUP}) to the start of the store. Each event keeps its CloudEvents id
 * (the event's identifier in the store), so consumers that have it drop it and those that lost it get it back
 * (docs/operations.md, "Re-feeding the timeline").
 *
 * <p>The processor's token is shared by all instances in the token store; only the instance holding its claim publishes.
 * A reset must claim the token: it works on the instance that holds it, or on any instance while none does. If another
 * instance holds it, the reset is refused ({@code republication-claimed-elsewhere}) and nothing changes.
 */
public class Republication {

    private static final Logger log = LoggerFactory.getLogger(Republication.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public Republication(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Resets the publishing processor to the start of the store; it republishes from there at once. */
    public synchronized RepublicationStatus start(Actor actor) {
        TrackingEventProcessor processor = processor();
        if (segments(processor).stream().anyMatch(Republication::republishing)) {
            throw new ConflictException("republication-running", "The event store is being republished already");
        }
        processor.shutDown();
        try {
            processor.resetTokens(StreamableMessageSource::createTailToken);
            log.info("{} ({}) reset the processor {} to the start of the event store: every event is published once more",
                    actor.displayName(), actor.id(), processor.getName());
        } catch (UnableToClaimTokenException e) {
            throw new ConflictException("republication-claimed-elsewhere",
                    "Another instance holds the token of " + processor.getName() + ": " + e.getMessage());
        } finally {
            processor.start();
        }
        return status();
    }

    public RepublicationStatus status() {
        TrackingEventProcessor processor = processor();
        long head = eventStore.createHeadToken().position().orElse(0);
        Collection<EventTrackerStatus> segments = segments(processor);
        if (segments.isEmpty()) {
            return new RepublicationStatus(processor.getName(), State.ELSEWHERE, false, null, head, null, null);
        }
        Long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(0L);
        EventTrackerStatus failing = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst().orElse(null);
        boolean replaying = segments.stream().anyMatch(Republication::republishing);
        Long replayingUpTo = replaying ? segments.stream().map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).max(Long::compare).orElse(null) : null;
        State state = failing != null ? State.FAILING
                : replaying ? State.REPUBLISHING
                : position >= head ? State.UP_TO_DATE
                : State.BEHIND;
        return new RepublicationStatus(processor.getName(), state, true, position, head, replayingUpTo,
                failing == null || failing.getError() == null ? null : failing.getError().getMessage());
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No tracking processor " + KafkaEventPublisher.PROCESSING_GROUP));
    }

    /**
     * Whether the segment has not yet re-published all events it had published before the reset. (Axon keeps calling a
     * segment replaying until it handles an event <em>after</em> that position, i.e. until the next new event.)
     */
    private static boolean republishing(EventTrackerStatus segment) {
        OptionalLong resetPosition = segment.getResetPosition();
        OptionalLong position = segment.getCurrentPosition();
        return segment.isReplaying() && resetPosition.isPresent()
                && (position.isEmpty() || position.getAsLong() < resetPosition.getAsLong());
    }

    private static Collection<EventTrackerStatus> segments(TrackingEventProcessor processor) {
        return processor.processingStatus().values();
    }
}
