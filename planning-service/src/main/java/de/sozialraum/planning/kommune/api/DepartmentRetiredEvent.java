package de.sozialraum.planning.kommune.api;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/**
 * A department left the catalogue: it leads no new goal and takes no new assignment. Nothing is
 * deleted; goals and assignments it already has stay as they are, and its key is never given again.
 */
@PublishedAs("de.sozialraum.planning.DepartmentRetired.v1")
public record DepartmentRetiredEvent(
        String kommuneKey,
        String departmentKey,
        String reason) implements KommuneEvent {
}
