package de.sozialraum.planning.indicator.api;

/** How long a period of measurement is. A series keeps one kind, so its periods never overlap. */
public enum PeriodKind {
    YEAR,
    HALF_YEAR,
    QUARTER,
    MONTH
}
