package de.sozialraum.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A logged-in browser: its session holds the tokens, the gateway relays the access token to the
 * services and refreshes it at the (stub) identity provider when it has expired.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TokenRelayIT {

    static final StubServer planning = StubServer.answering("{\"upstream\":\"planning\"}");
    static final StubServer coordination = StubServer.answering("{\"upstream\":\"coordination\"}");
    static final StubServer reporting = StubServer.answering("{\"upstream\":\"reporting\"}");
    static final StubServer identityProvider = StubServer.answering("""
            {"access_token":"refreshed-access-token","token_type":"Bearer","expires_in":300,"refresh_token":"refresh-2"}""");

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("sozialraum.gateway.upstreams.planning", planning::uri);
        registry.add("sozialraum.gateway.upstreams.coordination", coordination::uri);
        registry.add("sozialraum.gateway.upstreams.reporting", reporting::uri);
        registry.add("sozialraum.gateway.oidc.issuer-uri", identityProvider::uri);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @BeforeEach
    void forgetEarlierRequests() {
        planning.reset();
        coordination.reset();
        identityProvider.reset();
    }

    @AfterAll
    static void stopStubs() {
        planning.stop();
        coordination.stop();
        reporting.stop();
        identityProvider.stop();
    }

    @Test
    void sessionRequestIsRelayedWithTheSessionsAccessTokenAndWithoutCookies() throws Exception {
        MockHttpSession session = sessionHolding(validToken("session-access-token"));

        mvc.perform(get("/api/sozialraeume/sr-1").session(session).cookie(new Cookie("SOZIALRAUM_SESSION", "secret")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"upstream\":\"planning\"}"));

        assertThat(planning.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.header("Authorization")).isEqualTo("Bearer session-access-token");
            assertThat(exchange.header("Cookie")).isNull();
        });
        assertThat(identityProvider.exchanges()).isEmpty();
    }

    @Test
    void expiredAccessTokenIsRefreshedBeforeItIsRelayed() throws Exception {
        MockHttpSession session = sessionHolding(expiredToken());

        mvc.perform(get("/api/sozialraeume/sr-1/timeline").session(session)).andExpect(status().isOk());

        assertThat(identityProvider.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.method()).isEqualTo("POST");
            assertThat(exchange.uri()).isEqualTo("/oauth2/token");
            assertThat(exchange.body()).contains("grant_type=refresh_token", "refresh_token=refresh-1");
            assertThat(exchange.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("sozialraum-gateway:gateway-dev-secret".getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(reporting.exchanges()).last()
                .satisfies(exchange -> assertThat(exchange.header("Authorization")).isEqualTo("Bearer refreshed-access-token"));
        assertThat(authorizedClientIn(session).getRefreshToken().getTokenValue()).isEqualTo("refresh-2");
    }

    @Test
    void aRefreshTheIdentityProviderRefusesEndsTheSessionWithA401Problem() throws Exception {
        identityProvider.answerWith(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}");
        MockHttpSession session = sessionHolding(expiredToken());

        mvc.perform(get("/api/sozialraeume/sr-1").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.code").value("session-expired"))
                .andExpect(jsonPath("$.status").value(401));

        assertThat(planning.exchanges()).isEmpty();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anIdentityProviderThatCannotAnswerARefreshKeepsTheSessionWithA502Problem() throws Exception {
        identityProvider.answerWith(503, "<html>Wartungsarbeiten</html>");
        MockHttpSession session = sessionHolding(expiredToken());

        mvc.perform(get("/api/sozialraeume/sr-1").session(session))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.code").value("identity-provider-unavailable"));

        assertThat(planning.exchanges()).isEmpty();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void changingRequestNeedsTheCsrfTokenFromTheCookie() throws Exception {
        MockHttpSession session = sessionHolding(validToken("session-access-token"));
        Cookie xsrf = xsrfCookie(session);

        mvc.perform(post("/api/assignments").session(session).cookie(xsrf)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("csrf-token-invalid"));
        assertThat(coordination.exchanges()).isEmpty();

        mvc.perform(post("/api/assignments").session(session).cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        assertThat(coordination.exchanges()).singleElement()
                .satisfies(exchange -> assertThat(exchange.header("Authorization")).isEqualTo("Bearer session-access-token"));
    }

    @Test
    void sessionDescribesTheSignedInUser() throws Exception {
        mvc.perform(get("/session").session(sessionHolding(validToken("session-access-token"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user").value("erika"))
                .andExpect(jsonPath("$.name").value("Erika Mustermann"))
                .andExpect(jsonPath("$.roles[0]").value("DEPARTMENT_HEAD"))
                .andExpect(jsonPath("$.department").value("jugendamt"))
                .andExpect(jsonPath("$.kommune").value("16053"));
    }

    @Test
    void startPageGreetsTheUserInGermanAndOffersLogout() throws Exception {
        String page = mvc.perform(get("/").session(sessionHolding(validToken("session-access-token"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Angemeldet als <strong>Erika Mustermann</strong>", "Fachbereichsleitung", "jugendamt", "16053",
                "<form method=\"post\" action=\"/logout\">", "name=\"_csrf\"", "Abmelden");
    }

    @Test
    void logoutEndsTheSessionAtTheIdentityProviderToo() throws Exception {
        MockHttpSession session = sessionHolding(validToken("session-access-token"));
        Cookie xsrf = xsrfCookie(session);

        String location = mvc.perform(post("/logout").session(session).cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue()))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith(identityProvider.uri() + "/connect/logout?id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost/");
    }

    /**
     * A session as the OIDC login leaves it: Erika Mustermann, head of the Jugendamt, authenticated, and her
     * tokens (with refresh token {@code refresh-1}) stored beside.
     */
    private MockHttpSession sessionHolding(OAuth2AccessToken accessToken) {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .issuer(identityProvider.uri())
                .subject("erika")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("name", "Erika Mustermann")
                .claim("roles", List.of("DEPARTMENT_HEAD"))
                .claim("department", "jugendamt")
                .claim("kommune", "16053")
                .build();
        List<GrantedAuthority> authorities = AuthorityUtils.createAuthorityList("OIDC_USER");
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, idToken), authorities, "sozialraum");

        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registration(), "erika", accessToken,
                new OAuth2RefreshToken("refresh-1", accessToken.getIssuedAt()));
        authorizedClients.saveAuthorizedClient(client, authentication, onSession(session), new MockHttpServletResponse());
        return session;
    }

    /** The CSRF token cookie as a page request hands it out. */
    private Cookie xsrfCookie(MockHttpSession session) throws Exception {
        Cookie xsrf = mvc.perform(get("/session").session(session)).andReturn().getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf).isNotNull();
        return xsrf;
    }

    private OAuth2AuthorizedClient authorizedClientIn(MockHttpSession session) {
        return authorizedClients.loadAuthorizedClient("sozialraum", null, onSession(session));
    }

    private static MockHttpServletRequest onSession(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    private ClientRegistration registration() {
        return registrations.findByRegistrationId("sozialraum");
    }

    private static OAuth2AccessToken validToken(String value) {
        Instant now = Instant.now();
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now, now.plusSeconds(300));
    }

    /** An access token that expired five minutes ago. */
    private static OAuth2AccessToken expiredToken() {
        Instant issued = Instant.now().minusSeconds(600);
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired-access-token", issued, issued.plusSeconds(300));
    }
}
