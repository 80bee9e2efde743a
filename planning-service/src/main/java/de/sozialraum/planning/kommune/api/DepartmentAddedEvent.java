package de.sozialraum.planning.kommune.api;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/** An own Amt or a freier Träger joined the Kommune's department catalogue. */
@PublishedAs("de.sozialraum.planning.DepartmentAdded.v1")
public record DepartmentAddedEvent(
        String kommuneKey,
        String departmentKey,
        String name,
        DepartmentType type) implements KommuneEvent {
}
