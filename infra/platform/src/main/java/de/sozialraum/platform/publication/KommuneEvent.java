package de.sozialraum.platform.publication;

/**
 * An event of a Kommune as a whole — its registration, its departments, its indicator catalogue — that
 * belongs to no single Sozialraum. It goes on the Kommune's own timeline, {@code kommune:<key>}
 * (ADR 0009), in the same topic and with the same ordering guarantee as a Sozialraum's timeline.
 */
public interface KommuneEvent extends PublishedEvent {

    @Override
    default String timelineId() {
        return Timelines.ofKommune(kommuneKey());
    }
}
