package de.sozialraum.identity;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider's part of the token contract with the gateway and the services.
 *
 * @param issuer              the {@code iss} of every token and the base of the discovery document
 * @param apiAudience         added to the {@code aud} of every access token; the services accept only tokens for it
 * @param accessTokenLifetime how long an access token is valid
 * @param gateway             the gateway's login client
 */
@ConfigurationProperties("sozialraum.identity")
public record IdentityProperties(
        URI issuer,
        @DefaultValue("sozialraum-api") String apiAudience,
        @DefaultValue("30m") Duration accessTokenLifetime,
        Gateway gateway) {

    /**
     * The gateway as a confidential OpenID Connect client.
     *
     * @param url base URL of the gateway; its redirect and post-logout URIs are derived from it
     */
    public record Gateway(
            @DefaultValue("sozialraum-gateway") String clientId,
            String clientSecret,
            URI url) {

        public String redirectUri() {
            return url.resolve("/login/oauth2/code/sozialraum").toString();
        }

        public String postLogoutRedirectUri() {
            return url.resolve("/").toString();
        }
    }
}
