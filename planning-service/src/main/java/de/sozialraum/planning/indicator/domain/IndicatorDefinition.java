package de.sozialraum.planning.indicator.domain;

import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Polarity;

/** An indicator of a Kommune's catalogue, as other parts of planning need to know it. */
public record IndicatorDefinition(String kommuneKey, String code, String name, String unit, Polarity polarity,
                                  IndicatorCategory category, String source) {
}
