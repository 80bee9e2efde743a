package de.sozialraum.gateway.login;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two kinds of callers. API clients send their own bearer token, which is passed on untouched (the
 * services check it). Browsers log in with OIDC and hold only the session cookie; their tokens stay in
 * the session and are relayed by the routes. Session requests that change data need the CSRF token
 * from the {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header (or the {@code _csrf} field).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The client registration browsers log in with; its login starts at /oauth2/authorization/sozialraum. */
    private static final String REGISTRATION_ID = "sozialraum";

    private static final RequestMatcher API = pathPattern("/api/**");

    /** Requests for data: without a login they get a 401 problem document, never the login page. */
    private static final RequestMatcher DATA = new OrRequestMatcher(API, pathPattern("/session"));

    /** API clients: any {@code /api/**} request with a bearer token, relayed as it is, no session, no CSRF. */
    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new AndRequestMatcher(API, SecurityConfiguration::carriesBearerToken))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Everything else: browsers, logged in with OIDC, the login redirect for pages, 401 for data. */
    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, ClientRegistrationRepository registrations, JsonMapper json)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logoutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");
        ProblemResponses problems = new ProblemResponses(json, DATA,
                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION_ID));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/docs/**", "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessHandler(logoutAtProvider))
                // XSRF-TOKEN cookie readable by scripts, X-XSRF-TOKEN header or _csrf field; spa() also loads the
                // token on every request, so the cookie is set by the first page or GET, not only after a POST.
                .csrf(csrf -> csrf.spa())
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties oidc) {
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Sozialraum-Koordination")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(oidc.issuerUri())
                .authorizationUri(oidc.authorizationUri())
                .tokenUri(oidc.tokenUri())
                .jwkSetUri(oidc.jwkSetUri())
                .userInfoUri(oidc.userInfoUri())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endSessionUri()))
                .build());
    }

    /** Keeps each browser's tokens in its own session, so they end with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Remembers only pages to return to after the login; requests for data get their 401 without a session. */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"), new NegatedRequestMatcher(DATA)));
        return cache;
    }

    private static boolean carriesBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
