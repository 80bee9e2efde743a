package de.sozialraum.planning.kommune.api;

import java.util.List;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/**
 * A Kommune was registered. It starts with the default department catalogue of the configuration at
 * that moment, carried here, so that every reader learns the same departments from the event alone.
 */
@PublishedAs("de.sozialraum.planning.KommuneRegistered.v1")
public record KommuneRegisteredEvent(
        String kommuneKey,
        String name,
        KommuneKind kind,
        List<Department> departments) implements KommuneEvent {

    public KommuneRegisteredEvent {
        departments = List.copyOf(departments);
    }
}
