package de.sozialraum.reporting.timeline.api;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a timeline (a Sozialraum's, or a Kommune's own): an event of any service, numbered without gaps.
 *
 * @param position      1, 2, 3 … in the order the Sozialraum's partition delivered the events
 * @param eventId       the CloudEvents id; an event is stored once, however often it is delivered
 * @param type          the CloudEvents type, e.g. {@code de.sozialraum.coordination.AssignmentAccepted.v1}
 * @param source        the publishing service
 * @param time          when the event happened
 * @param timelineId    the CloudEvents subject: the Sozialraum id or {@code kommune:<key>}
 * @param kommune       key of the Kommune
 * @param actor         who caused it
 * @param correlationId the request the event ultimately stems from
 * @param causationId   the message that directly caused it
 * @param aggregate     the aggregate that recorded it
 * @param data          the event's payload as published
 * @param previousHash  the hash of the entry before (64 zeros for position 1): the link of the hash chain (docs/audit.md)
 * @param hash          SHA-256 of this entry's canonical form, which includes {@code previousHash}; both absent in a
 *                      draft that has no position yet
 */
public record TimelineEntry(
        long position,
        String eventId,
        String type,
        String source,
        Instant time,
        String timelineId,
        String kommune,
        Actor actor,
        String correlationId,
        String causationId,
        Aggregate aggregate,
        Map<String, Object> data,
        String previousHash,
        String hash) {

    /** A draft: the entry as received, before it has a position and hashes. */
    public TimelineEntry(long position, String eventId, String type, String source, Instant time, String timelineId,
                         String kommune, Actor actor, String correlationId, String causationId, Aggregate aggregate,
                         Map<String, Object> data) {
        this(position, eventId, type, source, time, timelineId, kommune, actor, correlationId, causationId, aggregate, data,
                null, null);
    }

    public record Actor(String id, String name, String role, String department) {
    }

    public record Aggregate(String type, String id, Long sequence) {
    }
}
