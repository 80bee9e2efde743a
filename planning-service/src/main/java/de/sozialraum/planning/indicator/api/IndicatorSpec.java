package de.sozialraum.planning.indicator.api;

/**
 * What an indicator says, the same when it is defined and when it is revised.
 *
 * @param unit   e.g. {@code %}, {@code je 1.000 Einwohner}, {@code Anzahl}
 * @param source where the values come from, e.g. {@code Bundesagentur für Arbeit, Statistik}
 */
public record IndicatorSpec(String name, String unit, Polarity polarity, IndicatorCategory category, String source) {
}
