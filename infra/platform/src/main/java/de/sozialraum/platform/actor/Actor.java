package de.sozialraum.platform.actor;

import java.util.Objects;

/**
 * Who causes a command: recorded in the metadata of every event it produces and published with it.
 *
 * @param id          stable user id (the token's subject)
 * @param displayName name shown on the timeline
 * @param role        role the person acted in, e.g. {@code STABSSTELLE}
 * @param department  department key the person heads, or {@code null}
 * @param kommune     key of the Kommune the person acts for, or {@code null}
 */
public record Actor(String id, String displayName, String role, String department, String kommune) {

    public Actor {
        requireText(id, "id");
        requireText(displayName, "displayName");
        requireText(role, "role");
    }

    /** True if the person acts in the given role. */
    public boolean is(Role expected) {
        return expected.name().equals(role);
    }

    /** True if the person acts for the given Kommune. */
    public boolean actsFor(String kommuneKey) {
        return kommune != null && kommune.equals(kommuneKey);
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException("Actor " + name + " must not be blank");
        }
    }
}
