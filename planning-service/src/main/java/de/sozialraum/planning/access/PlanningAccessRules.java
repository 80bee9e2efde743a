package de.sozialraum.planning.access;

import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;

/**
 * Who may do what in planning — every rule of this service, in the words of the matrix in
 * docs/security.md. Checked in this order: role (403, independent of any id), then Kommune (404: what
 * belongs to another Kommune does not exist).
 */
public final class PlanningAccessRules {

    private PlanningAccessRules() {
    }

    /** Only the Stabsstelle registers Sozialräume, and only in its own Kommune. */
    public static void registerSozialraum(Actor actor, String kommuneKey) {
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
    }

    /** Only the Stabsstelle of the Sozialraum's Kommune sets goals. */
    public static void setGoal(Actor actor, String kommuneKey, String sozialraumId) {
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
        Access.requireSameKommune(actor, kommuneKey, sozialraumId);
    }
}
