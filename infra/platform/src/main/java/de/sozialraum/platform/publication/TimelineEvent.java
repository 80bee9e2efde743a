package de.sozialraum.platform.publication;

/**
 * An event that belongs on a Sozialraum's timeline. The Sozialraum id becomes the Kafka key and the
 * CloudEvents subject, so all events of one Sozialraum share one partition and one total order.
 */
public interface TimelineEvent extends PublishedEvent {

    String sozialraumId();

    @Override
    default String timelineId() {
        return sozialraumId();
    }
}
