package de.sozialraum.planning.kommune.api;

/** What kind of Kommune plans; the kind fixes the form of its key (docs/glossary.md). */
public enum KommuneKind {
    /** A rural district; key: 5-digit Kreisschlüssel. */
    LANDKREIS,
    /** A town that belongs to no Landkreis; key: 5-digit Kreisschlüssel. */
    KREISFREIE_STADT,
    /** A municipality within a Landkreis; key: 8-digit AGS starting with its Landkreis' Kreisschlüssel. */
    GEMEINDE;

    /** Landkreise and kreisfreie Städte are keyed by the Kreisschlüssel, Gemeinden by the AGS. */
    public boolean keyedByKreisschluessel() {
        return this != GEMEINDE;
    }
}
