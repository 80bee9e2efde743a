package de.sozialraum.platform;

import java.util.Map;

import de.sozialraum.platform.publication.PublicationProperties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, at the lowest precedence: a service's application.yml, environment
 * variables and command-line arguments all override them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("axon.axonserver.enabled", "false"),
            Map.entry("axon.serializer.general", "jackson"),
            Map.entry("axon.serializer.events", "jackson"),
            Map.entry("axon.serializer.messages", "jackson"),
            Map.entry("axon.metrics.micrometer.dimensional", "true"),
            Map.entry("spring.mongodb.uri", "${MONGODB_URI:mongodb://127.0.0.1:27027}"),
            Map.entry("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:19092}"),
            Map.entry("sozialraum.security.issuer-uri", "${SOZIALRAUM_ISSUER_URI:http://localhost:9000}"),
            Map.entry("sozialraum.security.jwk-set-uri", "${SOZIALRAUM_JWK_SET_URI:}"),
            Map.entry("sozialraum.security.audience", "${SOZIALRAUM_API_AUDIENCE:sozialraum-api}"),
            Map.entry("sozialraum.publication.topic", PublicationProperties.DEFAULT_TOPIC),
            Map.entry("spring.messages.basename", "messages,platform-messages"),
            Map.entry("spring.messages.fallback-to-system-locale", "false"),
            Map.entry("spring.web.locale", "de"),
            Map.entry("spring.jackson.default-property-inclusion", "non_null"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus,metrics"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("springdoc.swagger-ui.path", "/swagger-ui.html"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon reads these as system properties before any Spring property is bound.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        environment.getPropertySources().addLast(new MapPropertySource("sozialraumPlatformDefaults", DEFAULTS));
    }
}
