package de.sozialraum.planning.sozialraum.api;

/** How a goal ended. */
public enum GoalOutcome {
    ACHIEVED,
    ABANDONED
}
