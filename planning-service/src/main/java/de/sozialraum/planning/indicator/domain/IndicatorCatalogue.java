package de.sozialraum.planning.indicator.domain;

import java.util.Optional;

/** Which indicators a Kommune has defined. A domain service: aggregates ask it, it never changes them. */
@FunctionalInterface
public interface IndicatorCatalogue {

    Optional<IndicatorDefinition> find(String kommuneKey, String indicatorCode);
}
