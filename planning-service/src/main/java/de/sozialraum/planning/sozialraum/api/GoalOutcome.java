package de.sozialraum.planning.sozialraum.api;

/** How a goal ended. */
public enum GoalOutcome {
    ACHIEVED,
    ABANDONED,
    /** Carried over to a successor of its Sozialraum (merge or split), where it continues under a new id. */
    TRANSFERRED
}
