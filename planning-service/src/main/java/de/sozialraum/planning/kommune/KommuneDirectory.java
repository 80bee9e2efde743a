package de.sozialraum.planning.kommune;

/** Which Kommunen the system knows. A domain service: aggregates ask it, it never changes them. */
@FunctionalInterface
public interface KommuneDirectory {

    boolean exists(String kommuneKey);
}
