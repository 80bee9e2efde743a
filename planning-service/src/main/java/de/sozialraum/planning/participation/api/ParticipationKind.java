package de.sozialraum.planning.participation.api;

/** The format in which citizens, young people or providers took part. */
public enum ParticipationKind {
    BUERGERFORUM,
    BEFRAGUNG,
    JUGENDFORUM,
    TRAEGERKONFERENZ,
    STADTTEILSPAZIERGANG,
    ONLINE_BETEILIGUNG
}
