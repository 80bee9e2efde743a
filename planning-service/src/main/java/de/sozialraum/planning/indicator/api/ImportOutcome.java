package de.sozialraum.planning.indicator.api;

/** How a measurement import ended. */
public enum ImportOutcome {
    /** Every row of the file was applied. */
    APPLIED,
    /** Applied, but some rows were not: invalid rows skipped on request, or periods recorded meanwhile. */
    PARTIALLY_APPLIED,
    /** The file had invalid rows and nothing was applied (all or nothing). */
    REJECTED,
    /** The import broke off (e.g. the service stopped); what was applied so far stays. */
    FAILED
}
