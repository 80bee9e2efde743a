package de.sozialraum.platform.actor;

import java.util.Arrays;

import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;

/**
 * The two building blocks of every service's access rules. Plain Java, so aggregates use them.
 * <ul>
 *   <li>Tenancy: what belongs to another Kommune does not exist for the caller — the same 404
 *       ({@code not-found}) as an unknown id, so ids of other Kommunen reveal nothing.</li>
 *   <li>Role: the caller is known but acts in the wrong role — 403 with a code naming the rule.</li>
 * </ul>
 */
public final class Access {

    private Access() {
    }

    /** Refuses with the 404 of an unknown id unless {@code actor} acts for {@code kommuneKey}. */
    public static void requireSameKommune(Actor actor, String kommuneKey, String id) {
        requireSameKommune(actor, kommuneKey, "not-found", id);
    }

    /** As above, with the code of the 404 the caller answers for an unknown id. */
    public static void requireSameKommune(Actor actor, String kommuneKey, String notFoundCode, String id) {
        if (!actor.actsFor(kommuneKey)) {
            throw new NotFoundException(notFoundCode, "Nothing with id " + id + " in the actor's Kommune", id);
        }
    }

    /** Refuses with 403 and the rule's {@code code} unless {@code actor} acts in one of {@code roles}. */
    public static void requireRole(Actor actor, String code, Role... roles) {
        if (Arrays.stream(roles).noneMatch(actor::is)) {
            throw new ForbiddenException(code, "Role " + actor.role() + " may not do this (" + code + ")", displayable(actor.role()));
        }
    }

    /** The role as enum constant where it is one, so problem texts show its German name. */
    private static Object displayable(String role) {
        return Arrays.stream(Role.values()).filter(candidate -> candidate.name().equals(role))
                .<Object>map(candidate -> candidate).findFirst().orElse(role);
    }
}
