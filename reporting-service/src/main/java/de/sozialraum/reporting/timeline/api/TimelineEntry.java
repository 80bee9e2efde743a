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
        Map<String, Object> data) {

    public record Actor(String id, String name, String role, String department) {
    }

    public record Aggregate(String type, String id, Long sequence) {
    }
}
