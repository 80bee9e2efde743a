package de.sozialraum.coordination.assignment.api;

/** How urgent the Stabsstelle rates an assignment; {@link #NORMAL} unless said otherwise. */
public enum AssignmentPriority {
    HIGH,
    NORMAL,
    LOW
}
