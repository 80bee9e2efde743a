package de.sozialraum.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.Role;
import de.sozialraum.platform.problem.ForbiddenException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person a token speaks for. Claims (the same from our development provider and from Keycloak, see
 * docs/security.md): {@code sub} user id, {@code name} display name, {@code roles} exactly one role,
 * {@code kommune} the Kommune's key (all but a Land-wide ADMIN), {@code department} (heads only).
 */
public final class TokenActors {

    public static final String ROLES = "roles";
    public static final String KOMMUNE = "kommune";
    public static final String DEPARTMENT = "department";

    private TokenActors() {
    }

    /** The actor, or a 403 problem if the token does not describe one person in one role. */
    public static Actor from(Jwt token) {
        List<Role> roles = roles(token);
        if (roles.size() != 1) {
            throw new ForbiddenException("token-role-invalid",
                    "Token of " + token.getSubject() + " carries " + roles.size() + " known roles, not exactly one",
                    token.getSubject());
        }
        Role role = roles.get(0);
        String kommune = text(token, KOMMUNE);
        if (kommune == null && role != Role.ADMIN) {
            throw new ForbiddenException("token-kommune-missing", "Token of " + token.getSubject() + " names no Kommune",
                    token.getSubject());
        }
        String department = text(token, DEPARTMENT);
        if (department == null && role == Role.DEPARTMENT_HEAD) {
            throw new ForbiddenException("token-department-missing",
                    "Token of department head " + token.getSubject() + " names no department", token.getSubject());
        }
        return new Actor(token.getSubject(), displayName(token), role.name(),
                role == Role.DEPARTMENT_HEAD ? department : null, kommune);
    }

    private static List<Role> roles(Jwt token) {
        Object claim = token.getClaims().get(ROLES);
        Collection<?> values = claim instanceof Collection<?> collection ? collection : List.of();
        return Role.PERSON_ROLES.stream().filter(role -> values.contains(role.name())).toList();
    }

    private static String displayName(Jwt token) {
        return Optional.ofNullable(text(token, "name"))
                .or(() -> Optional.ofNullable(text(token, "preferred_username")))
                .orElse(token.getSubject());
    }

    /** A text claim; blank counts as missing. */
    private static String text(Jwt token, String claim) {
        String value = token.getClaimAsString(claim);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
