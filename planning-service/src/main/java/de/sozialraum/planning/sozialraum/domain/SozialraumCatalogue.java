package de.sozialraum.planning.sozialraum.domain;

import java.util.Optional;

/** Which Sozialräume exist, as far as aggregates need to know of each other. A domain service. */
@FunctionalInterface
public interface SozialraumCatalogue {

    /** The Kommune of a known Sozialraum and whether it is retired. */
    record Known(String kommuneKey, boolean retired) {
    }

    Optional<Known> find(String sozialraumId);

    /** True if the Sozialraum is registered in that Kommune and not retired. */
    default boolean isActiveIn(String sozialraumId, String kommuneKey) {
        return find(sozialraumId).filter(known -> known.kommuneKey().equals(kommuneKey) && !known.retired()).isPresent();
    }
}
