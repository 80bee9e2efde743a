package de.sozialraum.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts a demo user's claims into access tokens, ID tokens and the userinfo response, and the API audience
 * into access tokens. The principal is the logged-in user (authorization code, refresh token) or, for
 * client credentials, the personal client named like the user.
 */
@Component
class SozialraumClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoUsers demo;
    private final String apiAudience;

    SozialraumClaims(DemoUsers demo, IdentityProperties identity) {
        this.demo = demo;
        this.apiAudience = identity.apiAudience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        person(context).ifPresent(user -> context.getClaims().claims(claims -> claims.putAll(user.claims())));
        if (accessToken) {
            context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), apiAudience));
        }
    }

    /**
     * Whose claims the token carries: the logged-in user (authorization code, refresh), or the demo user a
     * personal client acts for (client credentials) — never a user merely because a client has the same name.
     */
    private Optional<DemoUser> person(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            Object personalClientOf = context.getRegisteredClient().getClientSettings().getSetting(ClientRegistrations.PERSONAL_CLIENT_OF);
            return personalClientOf instanceof String username ? demo.find(username) : Optional.empty();
        }
        return context.getPrincipal() instanceof UsernamePasswordAuthenticationToken login
                ? demo.find(login.getName())
                : Optional.empty();
    }

    /** The userinfo response: {@code sub} and the same user claims as in the tokens. */
    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(JwtClaimNames.SUB, username);
        demo.find(username).ifPresent(user -> claims.putAll(user.claims()));
        return new OidcUserInfo(claims);
    }
}
