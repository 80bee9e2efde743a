package de.sozialraum.planning.sozialraum.domain;

/** Which Sozialräume exist, as far as the aggregates need to know of each other. A domain service. */
@FunctionalInterface
public interface SozialraumCatalogue {

    /** True if the Sozialraum is registered in that Kommune and not retired. */
    boolean isActiveIn(String sozialraumId, String kommuneKey);
}
