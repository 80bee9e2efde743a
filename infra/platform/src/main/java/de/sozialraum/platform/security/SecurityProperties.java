package de.sozialraum.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens the service accepts (environment variables in brackets, see docs/security.md).
 *
 * @param issuerUri the OIDC issuer every token must name in {@code iss} ({@code SOZIALRAUM_ISSUER_URI});
 *                  its keys are found by discovery on first use unless {@code jwkSetUri} is given
 * @param jwkSetUri where the issuer's signing keys are ({@code SOZIALRAUM_JWK_SET_URI}); optional
 * @param audience  the value every token must carry in {@code aud} ({@code SOZIALRAUM_API_AUDIENCE})
 */
@ConfigurationProperties("sozialraum.security")
public record SecurityProperties(
        String issuerUri,
        String jwkSetUri,
        @DefaultValue("sozialraum-api") String audience) {

    public SecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalArgumentException("sozialraum.security.issuer-uri (SOZIALRAUM_ISSUER_URI) must be set");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("sozialraum.security.audience (SOZIALRAUM_API_AUDIENCE) must be set");
        }
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? null : jwkSetUri;
    }
}
