package de.sozialraum.planning.sozialraum.api;

/** How Sozialräume were restructured: several into one, or one into several. */
public enum Restructuring {
    /** Zusammenlegung: at least two active Sozialräume become one new one. */
    MERGE,
    /** Teilung: one active Sozialraum becomes at least two new ones. */
    SPLIT
}
