package de.sozialraum.planning.kommune;

import java.util.Optional;

import de.sozialraum.planning.kommune.api.KommuneKind;

/** Which Kommunen are registered. A domain service: aggregates ask it, it never changes them. */
@FunctionalInterface
public interface KommuneDirectory {

    /** The kind of the Kommune registered under the key, or empty if there is none. */
    Optional<KommuneKind> kindOf(String kommuneKey);

    default boolean exists(String kommuneKey) {
        return kindOf(kommuneKey).isPresent();
    }
}
