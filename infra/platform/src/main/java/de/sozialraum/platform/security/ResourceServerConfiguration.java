package de.sozialraum.platform.security;

import java.util.List;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorConfiguration;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.actor.Role;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every service is an OAuth2 resource server: it accepts only JWTs of the configured issuer and
 * audience with a valid signature and lifetime, and knows the caller from the token. What a caller may
 * do is decided in two steps: here, coarsely, by role (auditors never write); in each service's access
 * rules, by role, department and Kommune (docs/security.md).
 */
@AutoConfiguration(before = {ActorConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, SystemActorProperties.class})
@EnableWebSecurity
public class ResourceServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResourceServerConfiguration.class);

    private static final String[] ANY_PERSON = Role.PERSON_ROLES.stream().map(Role::name).toArray(String[]::new);
    private static final String[] WRITERS = {Role.STABSSTELLE.name(), Role.DEPARTMENT_HEAD.name(), Role.ADMIN.name()};

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, MessageSource messages, LocaleResolver locales) {
        ProblemResponses problems = new ProblemResponses(new Problems(messages), locales);
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenActors.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        return http
                // Bearer tokens only, no cookies: there is no session for a forged request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ANY_PERSON)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(ANY_PERSON)
                        .requestMatchers("/api/**").hasAnyRole(WRITERS)
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * Checks signature (keys of the issuer), expiry and not-before (60 s clock skew), issuer, audience
     * and subject. Keys are looked up on first use, so a service starts before its identity provider;
     * while they cannot be loaded, tokens are refused (401, never a 500) and the next request tries again.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        JwtDecoder keysOnFirstUse = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = properties.jwkSetUri() != null
                    ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build()
                    : NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(properties.audience())),
                    new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
            return decoder;
        });
        return token -> {
            try {
                return keysOnFirstUse.decode(token);
            } catch (BadJwtException e) {
                throw e;
            } catch (JwtDecoderInitializationException | JwtException e) {
                log.warn("Tokens cannot be verified, the keys of issuer {} cannot be loaded: {}", properties.issuerUri(), e.getMessage());
                throw new BadJwtException("The issuer's keys cannot be loaded", e);
            }
        };
    }

    /**
     * The person of the request's token. Outside requests (no token: later deadlines, replays) the
     * documented system actor; inside a request there is always a person, or nothing happens.
     */
    @Bean
    CurrentActor currentActor(SystemActorProperties systemActor) {
        Actor system = systemActor.toActor();
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken token) {
                return TokenActors.from(token.getToken());
            }
            if (RequestContextHolder.getRequestAttributes() != null) {
                throw new IllegalStateException("A request without a person's token reached code that needs an actor");
            }
            return system;
        };
    }
}
