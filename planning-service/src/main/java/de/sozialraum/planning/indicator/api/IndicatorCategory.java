package de.sozialraum.planning.indicator.api;

/** Subject area of an indicator (Sozialberichterstattung). */
public enum IndicatorCategory {
    /** Sozialstruktur, Armut, Transferleistungen, Wohnen. */
    SOCIAL,
    /** Gesundheit, Schuleingangsuntersuchungen. */
    HEALTH,
    /** Pflege, Eingliederungshilfe. */
    CARE,
    /** Bildung, Kindertagesbetreuung. */
    EDUCATION
}
