package de.sozialraum.gateway.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OIDC provider browsers log in at. Its endpoints are given rather than discovered, so the gateway
 * starts while the provider is still starting; the defaults (application.yml) follow the layout of
 * our development provider under {@code SOZIALRAUM_ISSUER_URI}, another provider (e.g. Keycloak)
 * sets them one by one.
 *
 * @param issuerUri        the issuer every ID token must name in {@code iss}
 * @param clientId         the gateway's client id at the provider
 * @param clientSecret     its secret ({@code SOZIALRAUM_GATEWAY_CLIENT_SECRET})
 * @param authorizationUri where the browser is sent to log in
 * @param tokenUri         where codes and refresh tokens are exchanged for tokens
 * @param jwkSetUri        the keys the ID tokens are signed with
 * @param userInfoUri      the user-info endpoint
 * @param endSessionUri    where logging out ends the provider's session too (RP-initiated logout)
 */
@ConfigurationProperties("sozialraum.gateway.oidc")
public record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri,
        String endSessionUri) {
}
