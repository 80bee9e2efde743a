package de.sozialraum.platform.actor;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a person acts in. A login carries exactly one of the first four (the token's {@code roles}
 * claim); {@link #SYSTEM} is the documented actor of work no person started.
 */
public enum Role {
    /** Stabsstelle Sozialplanung: sets goals, issues assignments, steers. */
    STABSSTELLE,
    /** Head of one department (Fachbereichsleitung): answers and reports on the department's assignments. */
    DEPARTMENT_HEAD,
    /** Auditor (Prüfung): reads timelines and audit views, never writes. */
    AUDITOR,
    /** Administrator: manages Kommunen, departments and users' roles, not planning content. */
    ADMIN,
    /** The system itself, e.g. a deadline; never a login. */
    SYSTEM;

    /** The roles a login may carry. */
    public static final Set<Role> PERSON_ROLES = EnumSet.of(STABSSTELLE, DEPARTMENT_HEAD, AUDITOR, ADMIN);
}
