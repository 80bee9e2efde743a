package de.sozialraum.platform.publication;

/**
 * An event a service publishes. Every recorded event is one: either a Sozialraum's
 * ({@link TimelineEvent}) or a Kommune's as a whole ({@link KommuneEvent}). The timeline id becomes the
 * Kafka key and the CloudEvents subject, so all events of one timeline share one partition and one
 * total order.
 */
public interface PublishedEvent {

    /** The timeline the event belongs on: a Sozialraum id, or {@code kommune:<key>} (see {@link Timelines}). */
    String timelineId();

    /** Official key of the Kommune the event belongs to (Kreisschlüssel or AGS). */
    String kommuneKey();
}
