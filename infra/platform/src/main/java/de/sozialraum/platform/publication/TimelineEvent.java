package de.sozialraum.platform.publication;

/**
 * An event that belongs on a Sozialraum's timeline. Every event a service publishes implements it:
 * the Sozialraum id becomes the Kafka key and the CloudEvents subject, so all events of one
 * Sozialraum share one partition and one total order.
 */
public interface TimelineEvent {

    String sozialraumId();

    /** Official key of the Kommune the Sozialraum belongs to (Kreisschlüssel or AGS). */
    String kommuneKey();
}
