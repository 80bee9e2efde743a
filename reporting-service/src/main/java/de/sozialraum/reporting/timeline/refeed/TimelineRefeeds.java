package de.sozialraum.reporting.timeline.refeed;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.timeline.messaging.TimelineListener;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed;
import de.sozialraum.reporting.timeline.refeed.persistence.MongoTimelineRefeeds;
import org.apache.kafka.clients.consumer.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Starts re-feeds of the timelines from the event topic (one at a time across all instances) and reports on them. Each
 * runs in a thread of its own on the instance that was asked ({@link TopicRefeed}).
 */
public class TimelineRefeeds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimelineRefeeds.class);

    private final MongoTimelineRefeeds refeeds;
    private final TimelineListener timeline;
    private final TimelineCheckpointer checkpointer;
    private final KafkaListenerEndpointRegistry listeners;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final TimelineRefeedProperties properties;
    private final Clock clock;
    private final ExecutorService runs = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "timeline-refeed");
        thread.setDaemon(true);
        return thread;
    });

    public TimelineRefeeds(MongoTimelineRefeeds refeeds, TimelineListener timeline, TimelineCheckpointer checkpointer,
                           KafkaListenerEndpointRegistry listeners, Supplier<Consumer<String, byte[]>> consumers, String topic,
                           TimelineRefeedProperties properties, Clock clock) {
        this.refeeds = refeeds;
        this.timeline = timeline;
        this.checkpointer = checkpointer;
        this.listeners = listeners;
        this.consumers = consumers;
        this.topic = topic;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a re-feed, or refuses with {@link TimelineRefeedRunningException} while one runs. */
    public TimelineRefeed start(Actor actor) {
        MessageListenerContainer liveListener = listeners.getListenerContainer(TimelineListener.LISTENER_ID);
        if (liveListener == null) {
            throw new IllegalStateException("No listener container " + TimelineListener.LISTENER_ID);
        }
        Instant now = abandonStale();
        TimelineRefeed refeed = refeeds.start(UUID.randomUUID().toString(), actor, topic, now);
        log.info("{} ({}) started the timeline re-feed {} from {}", actor.displayName(), actor.id(), refeed.id(), topic);
        runs.execute(new TopicRefeed(refeed.id(), topic, consumers, liveListener, timeline, checkpointer, refeeds, clock,
                properties.pollTimeout()));
        return refeed;
    }

    public Optional<TimelineRefeed> find(String id) {
        abandonStale();
        return refeeds.find(id);
    }

    /** A re-feed whose instance died shows as failed, and no longer blocks a new one. */
    private Instant abandonStale() {
        Instant now = clock.instant();
        refeeds.abandonStale(now.minus(properties.staleAfter()),
                "abandoned: its progress was last saved more than " + properties.staleAfter() + " ago (its instance stopped?)", now);
        return now;
    }

    /** Stops a running re-feed with the service; it ends as failed and is started again by hand. */
    @Override
    public void destroy() {
        runs.shutdownNow();
    }
}
