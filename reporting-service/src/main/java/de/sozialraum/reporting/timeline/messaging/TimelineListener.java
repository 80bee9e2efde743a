package de.sozialraum.reporting.timeline.messaging;

import de.sozialraum.platform.consumption.EventConsumptionConfiguration;
import de.sozialraum.platform.consumption.ReceivedEvents;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Appends every event of every service to its Sozialraum's timeline. One partition holds all events of
 * a Sozialraum, so they arrive here in one total order; the offset is committed after the append, and
 * a redelivered event is recognised by its id. After an append, the timeline gets a signed checkpoint and a snapshot of
 * its state when they are due (docs/audit.md). A re-feed of the timeline from the topic appends its records here too
 * (docs/operations.md, "Re-feeding the timeline"); it holds this listener meanwhile, which otherwise starts with the
 * service ({@code sozialraum.timeline.listener.auto-startup}).
 */
public class TimelineListener {

    public static final String LISTENER_ID = "timeline";

    private final MongoTimeline timeline;
    private final MeterRegistry meters;
    private final TimelineCheckpointer checkpointer;
    private final TimelineStates states;

    public TimelineListener(MongoTimeline timeline, MeterRegistry meters, TimelineCheckpointer checkpointer, TimelineStates states) {
        this.timeline = timeline;
        this.meters = meters;
        this.checkpointer = checkpointer;
        this.states = states;
    }

    @KafkaListener(id = LISTENER_ID, groupId = "reporting-service.timeline", topics = "${sozialraum.publication.topic}",
            containerFactory = EventConsumptionConfiguration.CONTAINER_FACTORY,
            autoStartup = "${sozialraum.timeline.listener.auto-startup:true}")
    public void on(ConsumerRecord<String, byte[]> record) {
        append(record);
    }

    /** Appends the record's event to its timeline, unless it is there already; then the checkpoint and snapshot when due. */
    public AppendResult append(ConsumerRecord<String, byte[]> record) {
        TimelineEntry draft = TimelineEntries.draft(ReceivedEvents.read(record));
        AppendResult result = timeline.append(draft);
        meters.counter("timeline.events", "result", result.name().toLowerCase()).increment();
        if (result == AppendResult.APPENDED) {
            checkpointer.afterAppend(draft.timelineId());
            states.afterAppend(draft.timelineId());
        }
        return result;
    }
}
