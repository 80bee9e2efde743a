package de.sozialraum.planning.sozialraum.api;

/** What kind of planning area a Sozialraum is. */
public enum SozialraumKind {
    STADTTEIL,
    QUARTIER,
    GEMEINDE,
    PLANUNGSRAUM
}
