package de.sozialraum.reporting.timeline.refeed.api;

import java.time.Instant;
import java.util.List;

/**
 * A re-feed of the timelines from the event topic, and how far it is (docs/operations.md, "Re-feeding the timeline").
 *
 * @param id         the re-feed's id
 * @param state      {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param startedAt  when it was requested
 * @param startedBy  who requested it
 * @param finishedAt when it completed or failed
 * @param topic      the topic read
 * @param recordsToRead the records to read: on every partition, from its first offset to its end when the re-feed
 *                      started (0 until the ends are captured)
 * @param recordsRead   the records read so far
 * @param partitions per partition: the offsets to read (captured at the start) and how far it has read
 * @param appended   events appended to a timeline (they were missing)
 * @param duplicates events that were on their timeline already
 * @param malformed  records that are no usable event (skipped; the live listener put them on the dead-letter topic)
 * @param failure    why it failed
 */
public record TimelineRefeed(
        String id,
        State state,
        Instant startedAt,
        StartedBy startedBy,
        Instant finishedAt,
        String topic,
        long recordsToRead,
        long recordsRead,
        List<PartitionProgress> partitions,
        long appended,
        long duplicates,
        long malformed,
        String failure) {

    public TimelineRefeed {
        partitions = List.copyOf(partitions);
    }

    /** A re-feed with its totals summed up from its partitions. */
    public static TimelineRefeed of(String id, State state, Instant startedAt, StartedBy startedBy, Instant finishedAt, String topic,
                                    List<PartitionProgress> partitions, long appended, long duplicates, long malformed, String failure) {
        return new TimelineRefeed(id, state, startedAt, startedBy, finishedAt, topic,
                partitions.stream().mapToLong(PartitionProgress::toRead).sum(), partitions.stream().mapToLong(PartitionProgress::read).sum(),
                partitions, appended, duplicates, malformed, failure);
    }

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public record StartedBy(String id, String name) {
    }

    /**
     * @param partition       the partition
     * @param beginningOffset its first offset
     * @param endOffset       its end (the offset after its last record) when the re-feed started: read up to here
     * @param position        the offset of the next record to read
     */
    public record PartitionProgress(int partition, long beginningOffset, long endOffset, long position) {

        public long toRead() {
            return endOffset - beginningOffset;
        }

        public long read() {
            return position - beginningOffset;
        }
    }
}
