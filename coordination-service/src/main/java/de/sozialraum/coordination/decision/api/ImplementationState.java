package de.sozialraum.coordination.decision.api;

/** How far the mandates of a decision are carried out, as last recorded by the mandate saga. */
public enum ImplementationState {
    /** The decision mandates nothing. */
    NONE,
    /** Some mandate is still being worked on (or not yet answered). */
    OPEN,
    /** Every mandated assignment is completed. */
    IMPLEMENTED,
    /** Every mandate is settled, but some were declined, cancelled or could not be issued. */
    PARTIALLY_IMPLEMENTED
}
