package de.sozialraum.reporting.access;

import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;

/**
 * Who may read what in reporting — every rule of this service, in the words of the matrix in
 * docs/security.md. Checked in this order: role (403, independent of any id), then Kommune (404).
 */
public final class ReportingAccessRules {

    private ReportingAccessRules() {
    }

    /**
     * Timelines are read by the Stabsstelle, department heads and auditors of the Sozialraum's Kommune;
     * administrators manage the system, not its content. Another Kommune's Sozialraum does not exist.
     */
    public static void readTimeline(Actor actor, String kommuneKey, String sozialraumId) {
        Access.requireRole(actor, "timeline-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
        Access.requireSameKommune(actor, kommuneKey, "timeline-not-found", sozialraumId);
    }
}
