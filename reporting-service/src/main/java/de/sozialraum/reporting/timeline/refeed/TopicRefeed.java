package de.sozialraum.reporting.timeline.refeed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import de.sozialraum.platform.consumption.MalformedEventException;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.messaging.TimelineListener;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed.PartitionProgress;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed.State;
import de.sozialraum.reporting.timeline.refeed.persistence.MongoTimelineRefeeds;
import de.sozialraum.reporting.timeline.refeed.persistence.MongoTimelineRefeeds.Progress;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * One re-feed: reads the event topic from the beginning of every partition up to its end as it was when the re-feed
 * started, and appends each event through the timeline listener — a missing one is appended (and checkpointed when due),
 * one that is there is dropped by its id.
 *
 * <p>Order: the live listener is stopped first and stays stopped until the re-feed has completed, so no event is
 * appended ahead of older events still missing from its timeline; the re-feed reads each partition in order. The live
 * listener then resumes from its committed offsets: what the re-feed appended meanwhile it drops as duplicates, what
 * arrived after the captured ends it appends. A re-feed that fails leaves the live listener stopped (an instance
 * restart starts it again). The checkpoint sweep is held meanwhile, so that checkpoints come only by the every-N rule, at
 * the positions they had.
 */
class TopicRefeed implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TopicRefeed.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final String id;
    private final String topic;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final MessageListenerContainer liveListener;
    private final TimelineListener timeline;
    private final TimelineCheckpointer checkpointer;
    private final MongoTimelineRefeeds refeeds;
    private final Clock clock;
    private final Duration pollTimeout;

    private final Map<TopicPartition, PartitionProgress> partitions = new HashMap<>();
    private long appended;
    private long duplicates;
    private long malformed;

    TopicRefeed(String id, String topic, Supplier<Consumer<String, byte[]>> consumers, MessageListenerContainer liveListener,
                TimelineListener timeline, TimelineCheckpointer checkpointer, MongoTimelineRefeeds refeeds, Clock clock,
                Duration pollTimeout) {
        this.id = id;
        this.topic = topic;
        this.consumers = consumers;
        this.liveListener = liveListener;
        this.timeline = timeline;
        this.checkpointer = checkpointer;
        this.refeeds = refeeds;
        this.clock = clock;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public void run() {
        try (TimelineCheckpointer.SweepHold sweepHeld = checkpointer.holdSweep()) {
            if (liveListener.isRunning()) {
                liveListener.stop(); // returns once its consumer has finished the records it had
            }
            if (!readTopic()) {
                log.warn("Timeline re-feed {} was taken as abandoned while it ran; it stops, the live listener stays stopped", id);
                return;
            }
            refeeds.finish(id, State.COMPLETED, progress(), null, clock.instant());
            log.info("Timeline re-feed {} completed: {} events appended, {} were there, {} malformed records skipped",
                    id, appended, duplicates, malformed);
            liveListener.start();
        } catch (RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Timeline re-feed {} failed; the live listener stays stopped until the re-feed is repeated or the "
                    + "instance restarts", id, e);
            try {
                refeeds.finish(id, State.FAILED, progress(), failure, clock.instant());
            } catch (RuntimeException recording) {
                log.error("Could not record the failure of timeline re-feed {}; it is taken as abandoned later", id, recording);
            }
        }
    }

    /** Reads every partition up to its captured end; {@code false} if the re-feed was taken as abandoned meanwhile. */
    private boolean readTopic() {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> assigned = consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            Set<TopicPartition> open = new HashSet<>();
            for (TopicPartition partition : assigned) {
                long beginning = beginnings.get(partition);
                partitions.put(partition, new PartitionProgress(partition.partition(), beginning, ends.get(partition), beginning));
                if (beginning < ends.get(partition)) {
                    open.add(partition);
                }
            }
            consumer.seekToBeginning(assigned);
            consumer.pause(assigned.stream().filter(partition -> !open.contains(partition)).toList());
            if (!refeeds.progress(id, progress(), clock.instant())) {
                return false;
            }
            while (!open.isEmpty()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
                for (TopicPartition partition : records.partitions()) {
                    appendUpToEnd(records.records(partition), partition);
                }
                for (TopicPartition partition : List.copyOf(open)) {
                    if (consumer.position(partition) >= ends.get(partition)) {
                        readTo(partition, ends.get(partition));
                        consumer.pause(List.of(partition));
                        open.remove(partition);
                    }
                }
                if (!refeeds.progress(id, progress(), clock.instant())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Appends the records, in partition order, up to the partition's captured end (later ones are the live listener's). */
    private void appendUpToEnd(List<ConsumerRecord<String, byte[]>> records, TopicPartition partition) {
        long end = partitions.get(partition).endOffset();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.offset() >= end) {
                return;
            }
            try {
                if (timeline.append(record) == AppendResult.APPENDED) {
                    appended++;
                } else {
                    duplicates++;
                }
            } catch (MalformedEventException e) {
                malformed++; // the live listener sent it to the dead-letter topic when it first came
                log.warn("Timeline re-feed {} skips a malformed record: {}", id, e.getMessage());
            }
            readTo(partition, record.offset() + 1);
        }
    }

    private void readTo(TopicPartition partition, long position) {
        PartitionProgress progress = partitions.get(partition);
        partitions.put(partition, new PartitionProgress(progress.partition(), progress.beginningOffset(), progress.endOffset(), position));
    }

    private Progress progress() {
        List<PartitionProgress> ordered = new ArrayList<>(partitions.values());
        ordered.sort(Comparator.comparingInt(PartitionProgress::partition));
        return new Progress(ordered, appended, duplicates, malformed);
    }
}
