package de.sozialraum.planning.indicator.importing;

/** What an import does with invalid rows. */
public enum ImportMode {
    /** Any invalid row rejects the whole file; nothing is applied (the default). */
    ALL_OR_NOTHING,
    /** Invalid rows are reported and skipped; the valid ones are applied. */
    VALID_ROWS
}
