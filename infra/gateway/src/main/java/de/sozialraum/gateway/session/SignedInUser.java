package de.sozialraum.gateway.session;

import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person logged in with this session, from the claims of their ID token.
 *
 * @param user       the provider's user id ({@code sub})
 * @param name       display name ({@code name}, else {@code preferred_username}, else the id)
 * @param roles      {@code roles}, e.g. {@code STABSSTELLE}
 * @param department the department key of a department head, else {@code null}
 * @param kommune    the Kommune's key, {@code null} for a Land-wide administrator
 */
public record SignedInUser(String user, String name, List<String> roles, String department, String kommune) {

    static SignedInUser from(OidcUser oidc) {
        List<String> roles = oidc.getClaimAsStringList("roles");
        return new SignedInUser(
                oidc.getSubject(),
                Objects.requireNonNullElse(oidc.getFullName(),
                        Objects.requireNonNullElse(oidc.getPreferredUsername(), oidc.getSubject())),
                roles == null ? List.of() : roles,
                oidc.getClaimAsString("department"),
                oidc.getClaimAsString("kommune"));
    }
}
