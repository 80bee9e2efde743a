package de.sozialraum.planning.indicator.importing;

import java.util.EnumSet;
import java.util.Set;

/** Where an import stands: RECEIVED → VALIDATING → REJECTED, or → APPLYING → APPLIED | PARTIALLY_APPLIED; FAILED from any of the first three. */
public enum ImportStatus {
    RECEIVED,
    VALIDATING,
    APPLYING,
    REJECTED,
    APPLIED,
    PARTIALLY_APPLIED,
    FAILED;

    static final Set<ImportStatus> ACTIVE = EnumSet.of(RECEIVED, VALIDATING, APPLYING);
}
