package de.sozialraum.planning.indicator.query;

import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Polarity;

/**
 * An indicator of a Kommune's catalogue as it reads now.
 *
 * @param revisions how often name, source or category were revised
 */
public record IndicatorView(String code, String kommuneKey, String name, String unit, Polarity polarity, IndicatorCategory category,
                            String source, int revisions) {
}
