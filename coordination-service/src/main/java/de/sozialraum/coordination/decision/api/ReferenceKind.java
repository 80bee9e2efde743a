package de.sozialraum.coordination.decision.api;

/** What a decision refers to. Only goals are checked when recorded; see {@link DecisionReference}. */
public enum ReferenceKind {
    GOAL,
    ASSIGNMENT,
    MEASUREMENT,
    CONTRIBUTION
}
