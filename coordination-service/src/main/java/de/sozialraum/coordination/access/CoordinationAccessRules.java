package de.sozialraum.coordination.access;

import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;
import de.sozialraum.platform.problem.ForbiddenException;

/**
 * Who may do what with assignments — every rule of this service, in the words of the matrix in
 * docs/security.md. For an existing assignment the Kommune is checked first (404: another Kommune's
 * assignment does not exist, exactly like an unknown id), then role and department (403).
 */
public final class CoordinationAccessRules {

    private CoordinationAccessRules() {
    }

    /**
     * Only the Stabsstelle issues assignments — or the system, for the Kommune of a decision that mandates
     * them. (That the Sozialraum belongs to its Kommune is checked where the Sozialraum is looked up:
     * another Kommune's Sozialraum is unknown, 422.)
     */
    public static void issueAssignment(Actor actor) {
        Access.requireRole(actor, "assignment-issue-not-permitted", Role.STABSSTELLE, Role.SYSTEM);
    }

    /** Only the head of the assigned department accepts, declines, reports progress on, blocks, unblocks or completes an assignment. */
    public static void answerAssignment(Actor actor, String kommuneKey, String department, String assignmentId) {
        Access.requireSameKommune(actor, kommuneKey, assignmentId);
        Access.requireRole(actor, "assignment-answer-not-permitted", Role.DEPARTMENT_HEAD);
        if (!department.equals(actor.department())) {
            throw new ForbiddenException("assignment-other-department",
                    "Assignment " + assignmentId + " is for " + department + ", not for " + actor.department(),
                    assignmentId, department);
        }
    }

    /**
     * Only the Stabsstelle of the assignment's Kommune steers it once issued (answers proposals, reassigns,
     * cancels) — or the system acting for that Kommune, e.g. cancelling the mandates of a revoked decision.
     * No login carries the system role.
     */
    public static void steerAssignment(Actor actor, String kommuneKey, String assignmentId) {
        Access.requireSameKommune(actor, kommuneKey, assignmentId);
        Access.requireRole(actor, "assignment-steer-not-permitted", Role.STABSSTELLE, Role.SYSTEM);
    }

    /**
     * Only the system, acting for the assignment's Kommune, records that a deadline came (a reminder, or
     * the due date passed): the deadline schedule sends these commands, no person does.
     */
    public static void recordDeadline(Actor actor, String kommuneKey, String assignmentId) {
        Access.requireSameKommune(actor, kommuneKey, assignmentId);
        Access.requireRole(actor, "assignment-deadline-not-permitted", Role.SYSTEM);
    }

    /**
     * An assignment's current state is read by the Stabsstelle, department heads and auditors of its Kommune —
     * the same people who read the Sozialraum's timeline, which shows every step of it anyway.
     */
    public static void readAssignment(Actor actor, String kommuneKey, String assignmentId) {
        Access.requireSameKommune(actor, kommuneKey, assignmentId);
        Access.requireRole(actor, "assignment-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
    }

    /** A department's inbox (of the caller's Kommune): its head, the Stabsstelle and auditors. */
    public static void readInbox(Actor actor, String department) {
        Access.requireRole(actor, "inbox-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
        if (actor.is(Role.DEPARTMENT_HEAD) && !department.equals(actor.department())) {
            throw new ForbiddenException("inbox-other-department",
                    "The inbox of " + department + " is not the inbox of " + actor.department(), department);
        }
    }

    /** The overview of the Kommune's assignments: the Stabsstelle and auditors. */
    public static void readOverview(Actor actor) {
        Access.requireRole(actor, "assignment-overview-not-permitted", Role.STABSSTELLE, Role.AUDITOR);
    }

    /** Only the Stabsstelle records decisions, for its own Kommune (taken from the login). */
    public static void recordDecision(Actor actor) {
        Access.requireRole(actor, "decision-not-permitted", Role.STABSSTELLE);
    }

    /** Only the Stabsstelle of the decision's Kommune amends or revokes it; another Kommune's decision does not exist. */
    public static void changeDecision(Actor actor, String kommuneKey, String decisionId) {
        Access.requireSameKommune(actor, kommuneKey, decisionId);
        Access.requireRole(actor, "decision-not-permitted", Role.STABSSTELLE);
    }

    /** Only the system, for the decision's Kommune, records what became of its mandates (the mandate saga). */
    public static void recordImplementation(Actor actor, String kommuneKey, String decisionId) {
        Access.requireSameKommune(actor, kommuneKey, decisionId);
        Access.requireRole(actor, "decision-not-permitted", Role.SYSTEM);
    }

    /** The Stabsstelle, department heads and auditors of a Kommune read its decision register; administrators do not. */
    public static void readDecisions(Actor actor) {
        Access.requireRole(actor, "decision-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
    }

    /** As {@link #readDecisions}, for one decision: another Kommune's (or an unknown one) answers 404. */
    public static void readDecision(Actor actor, String kommuneKey, String decisionId) {
        Access.requireSameKommune(actor, kommuneKey, decisionId);
        readDecisions(actor);
    }
}
