package de.sozialraum.reporting.access;

import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;

/**
 * Who may read what in reporting — every rule of this service, in the words of the matrix in
 * docs/security.md. The Kommune is checked first (404: another Kommune's Sozialraum does not exist,
 * exactly like an unknown id), then the role (403).
 */
public final class ReportingAccessRules {

    private ReportingAccessRules() {
    }

    /**
     * Timelines are read by the Stabsstelle, department heads and auditors of the Sozialraum's Kommune;
     * administrators manage the system, not its content. Another Kommune's Sozialraum does not exist.
     */
    public static void readTimeline(Actor actor, String kommuneKey, String timelineId) {
        Access.requireSameKommune(actor, kommuneKey, "timeline-not-found", timelineId);
        Access.requireRole(actor, "timeline-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
    }

    /**
     * A decision's history is read like the timeline it is on: by the Stabsstelle, department heads and auditors of its
     * Kommune. Another Kommune's decision does not exist.
     */
    public static void readDecisionHistory(Actor actor, String kommuneKey, String decisionId) {
        Access.requireSameKommune(actor, kommuneKey, "decision-not-found", decisionId);
        Access.requireRole(actor, "timeline-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
    }

    /** Rebuilding read models is running the system: administrators only. */
    public static void rebuildReadModels(Actor actor) {
        Access.requireRole(actor, "rebuild-not-permitted", Role.ADMIN);
    }

    /**
     * Re-feeding the timelines from the event topic is the administrators' work: it concerns the timelines of every
     * Kommune and shows none of their content (only counts). Any administrator may do it, like registering a Gemeinde.
     */
    public static void refeedTimelines(Actor actor) {
        Access.requireRole(actor, "timeline-refeed-not-permitted", Role.ADMIN);
    }
}
