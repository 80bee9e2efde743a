package de.sozialraum.planning.sozialraum.api;

/** The field of action a goal belongs to. */
public enum Handlungsfeld {
    JUGENDHILFE,
    ALTENHILFE,
    BILDUNG,
    WOHNEN,
    GESUNDHEIT,
    INKLUSION,
    INTEGRATION
}
