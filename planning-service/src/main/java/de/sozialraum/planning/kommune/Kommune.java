package de.sozialraum.planning.kommune;

/**
 * A Kommune that plans: a Landkreis, a kreisfreie Stadt or a Gemeinde.
 *
 * @param key  official key: 5-digit Kreisschlüssel or 8-digit AGS
 * @param name official name
 * @param kind e.g. "Landkreis", "kreisfreie Stadt"
 */
public record Kommune(String key, String name, String kind) {

    public Kommune {
        if (key == null || !key.matches("\\d{5}|\\d{8}")) {
            throw new IllegalArgumentException("Kommune key must have 5 or 8 digits: " + key);
        }
    }
}
