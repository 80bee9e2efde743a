package de.sozialraum.reporting.timeline.api;

/** What appending an event to a timeline did. */
public enum AppendResult {
    APPENDED,
    /** The event was on the timeline already (a redelivery); nothing changed. */
    DUPLICATE
}
