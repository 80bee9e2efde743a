package de.sozialraum.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo account and the claims its tokens carry.
 *
 * @param username    login name, also {@code sub} and {@code preferred_username}
 * @param displayName the {@code name} claim
 * @param kommune     5-digit Kreisschlüssel of the user's Kommune
 * @param department  department key, for department heads only
 */
public record DemoUser(String username, String displayName, Role role, String kommune, String department) {

    public DemoUser {
        if (kommune != null && !kommune.matches("\\d{5}")) {
            throw new IllegalArgumentException(username + ": kommune must be a 5-digit Kreisschlüssel, was " + kommune);
        }
        if ((role == Role.DEPARTMENT_HEAD) != (department != null)) {
            throw new IllegalArgumentException(username + ": a department is required for, and only for, DEPARTMENT_HEAD");
        }
    }

    /** The claims added to access token, ID token and userinfo ({@code sub} is set by the server). */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", displayName);
        claims.put("roles", List.of(role.name()));
        if (kommune != null) {
            claims.put("kommune", kommune);
        }
        if (department != null) {
            claims.put("department", department);
        }
        return claims;
    }
}
