package de.sozialraum.planning.access;

import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;

/**
 * Who may do what in planning — every rule of this service, in the words of the matrix in
 * docs/security.md. For an existing Sozialraum the Kommune is checked first (404: another Kommune's
 * Sozialraum does not exist, exactly like an unknown id), then the role (403).
 */
public final class PlanningAccessRules {

    private PlanningAccessRules() {
    }

    /**
     * Only the Stabsstelle registers Sozialräume, and only in its own Kommune (the API takes the Kommune
     * from the login; a command naming another one is refused like an unknown Kommune).
     */
    public static void registerSozialraum(Actor actor, String kommuneKey) {
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
    }

    /**
     * Only the Stabsstelle merges and splits Sozialräume, of its own Kommune. The role is checked before any
     * id is looked up (as for a registration); each Sozialraum that retires is then checked as a change
     * ({@link #changeSozialraum}: another Kommune's answers 404 like an unknown one), and the new ones
     * belong to the caller's Kommune.
     */
    public static void restructureSozialraeume(Actor actor, String kommuneKey) {
        registerSozialraum(actor, kommuneKey);
    }

    /** Only the Stabsstelle of the Sozialraum's Kommune changes it: goals, name, boundary, retirement, merge and split. */
    public static void changeSozialraum(Actor actor, String kommuneKey, String sozialraumId) {
        Access.requireSameKommune(actor, kommuneKey, sozialraumId);
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
    }

    /** The Stabsstelle, department heads and auditors of the Kommune see its Sozialräume; administrators do not. */
    public static void readSozialraeume(Actor actor) {
        Access.requireRole(actor, "planning-read-not-permitted", Role.STABSSTELLE, Role.DEPARTMENT_HEAD, Role.AUDITOR);
    }

    /** As {@link #readSozialraeume}, for one Sozialraum: another Kommune's does not exist. */
    public static void readSozialraum(Actor actor, String kommuneKey, String sozialraumId) {
        Access.requireSameKommune(actor, kommuneKey, sozialraumId);
        readSozialraeume(actor);
    }

    /** As above, looking the Sozialraum's Kommune up in the catalogue (an unknown one answers 404). */
    public static void readSozialraum(Actor actor, SozialraumCatalogue sozialraeume, String sozialraumId) {
        readSozialraum(actor, sozialraeume.find(sozialraumId).map(SozialraumCatalogue.Known::kommuneKey).orElse(null), sozialraumId);
    }

    /**
     * Kommunen are registered by administrators (further Gemeinden) and by the system itself (the
     * reference list, at start-up).
     */
    public static void registerKommune(Actor actor) {
        Access.requireRole(actor, "kommune-register-not-permitted", Role.ADMIN, Role.SYSTEM);
    }

    /**
     * A Kommune's departments and freie Träger are managed by its Stabsstelle and its administrators;
     * a Land-wide administrator (no Kommune) manages those of every Kommune. For everyone else another
     * Kommune's catalogue does not exist (404 like an unknown key).
     */
    public static void manageDepartments(Actor actor, String kommuneKey) {
        if (!isLandWideAdministrator(actor)) {
            Access.requireSameKommune(actor, kommuneKey, kommuneKey);
        }
        Access.requireRole(actor, "departments-not-permitted", Role.STABSSTELLE, Role.ADMIN);
    }

    /**
     * Every person reads the registered Kommunen and their department catalogues, whatever their Kommune:
     * which Kommunen take part, their Ämter and the freie Träger they work with are public organisational
     * facts without personal data, and Gemeinden and neighbouring Kreise plan with each other's.
     */
    public static void readKommunen(Actor actor) {
        Access.requireRole(actor, "planning-read-not-permitted", Role.PERSON_ROLES.toArray(Role[]::new));
    }

    private static boolean isLandWideAdministrator(Actor actor) {
        return actor.is(Role.ADMIN) && actor.kommune() == null;
    }

    /** Only the Stabsstelle records participation formats, for Sozialräume of its own Kommune. */
    public static void recordParticipation(Actor actor, String kommuneKey, String sozialraumId) {
        changeSozialraum(actor, kommuneKey, sozialraumId);
    }

    /**
     * Only the Stabsstelle of a Kommune defines and revises its indicators and imports its measurements.
     * The Kommune is named in the path: another Kommune's catalogue does not exist for the caller (404),
     * then the role (403).
     */
    public static void changeIndicators(Actor actor, String kommuneKey) {
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
    }

    /** The Stabsstelle, department heads and auditors of the Kommune read its indicators, series and imports. */
    public static void readIndicators(Actor actor, String kommuneKey) {
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
        readSozialraeume(actor);
    }

    /** Only the Stabsstelle records measurements, for Sozialräume of its own Kommune (also when an import applies them). */
    public static void recordMeasurement(Actor actor, String kommuneKey, String sozialraumId) {
        changeSozialraum(actor, kommuneKey, sozialraumId);
    }

    /**
     * An import ends as the Stabsstelle that started it — or as the system, when a restarted service
     * concludes an import its predecessor left unfinished.
     */
    public static void concludeMeasurementImport(Actor actor, String kommuneKey) {
        if (!actor.is(Role.SYSTEM)) {
            changeIndicators(actor, kommuneKey);
        }
    }

    /** Only the Stabsstelle of the Kommune adds contributions to a format and answers them. */
    public static void changeParticipation(Actor actor, String kommuneKey, String participationId) {
        Access.requireSameKommune(actor, kommuneKey, participationId);
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
    }

    /** Only the Stabsstelle of a Kommune decides how its need index is computed. */
    public static void defineNeedIndex(Actor actor, String kommuneKey) {
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
        Access.requireRole(actor, "planning-not-permitted", Role.STABSSTELLE);
    }

    /** The Stabsstelle, department heads and auditors of a Kommune read its need index and its method. */
    public static void readNeedIndex(Actor actor, String kommuneKey) {
        Access.requireSameKommune(actor, kommuneKey, kommuneKey);
        readSozialraeume(actor);
    }
}
