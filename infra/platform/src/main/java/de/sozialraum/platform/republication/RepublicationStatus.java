package de.sozialraum.platform.republication;

/**
 * How far the publication of the event store to Kafka is, as this instance sees it (docs/operations.md,
 * "Re-feeding the timeline").
 *
 * @param processor      the tracking processor that publishes ({@code kafka-publication})
 * @param state          {@code REPUBLISHING} (replaying after a reset), {@code UP_TO_DATE} (at the head),
 *                       {@code BEHIND} (publishing, not at the head yet), {@code FAILING} (a send failed; it is retried),
 *                       or {@code ELSEWHERE} (another instance holds the processor, or none yet)
 * @param processingHere whether this instance holds the processor's segment
 * @param position       the global index of the last event published, if this instance holds the processor
 * @param head           the global index of the last event in the event store
 * @param replayingUpTo  while republishing: the position the processor had reached when it was reset; the events up to
 *                       there are published a second time
 * @param error          while failing: what failed
 */
public record RepublicationStatus(
        String processor,
        State state,
        boolean processingHere,
        Long position,
        long head,
        Long replayingUpTo,
        String error) {

    public enum State {
        REPUBLISHING,
        UP_TO_DATE,
        BEHIND,
        FAILING,
        ELSEWHERE
    }
}
