package de.sozialraum.identity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token contract over real HTTP. The issuer must name the port before the server starts, so the test
 * picks a free port itself instead of letting the server choose one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class IdentityProviderIT {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final String ISSUER = "http://localhost:" + PORT;
    private static final String GATEWAY_REDIRECT_URI = "http://localhost:8080/login/oauth2/code/sozialraum";

    @DynamicPropertySource
    static void issuerOnTheTestPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("sozialraum.identity.issuer", () -> ISSUER);
    }

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JwtDecoder jwts = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();

    @Test
    void personalClientCredentialsTokenCarriesExactlyThatUsersClaims() throws Exception {
        HttpResponse<String> response = postForm("/oauth2/token", "leitung-jugendamt", "demo",
                Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt accessToken = jwts.decode((String) json(response).get("access_token"));
        assertCarriesJonasKellersClaims(accessToken);
        assertThat(accessToken.getAudience()).contains("sozialraum-api");
        assertThat(Duration.between(accessToken.getIssuedAt(), accessToken.getExpiresAt())).hasMinutes(30);
    }

    @Test
    void personalClientWithAWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = postForm("/oauth2/token", "leitung-jugendamt", "falsch",
                Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void gatewayLogsAUserInWithTheAuthorizationCodeFlowAndPkce() throws Exception {
        String verifier = "a-code-verifier-long-enough-for-rfc-7636-of-43-characters-or-more";
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(US_ASCII)));
        HttpResponse<String> toLogin = get(ISSUER + "/oauth2/authorize?response_type=code&client_id=sozialraum-gateway"
                + "&scope=openid%20profile&state=s1&nonce=n1&code_challenge_method=S256&code_challenge=" + challenge
                + "&redirect_uri=" + URLEncoder.encode(GATEWAY_REDIRECT_URI, UTF_8));
        assertThat(location(toLogin)).isEqualTo(ISSUER + "/login");
        HttpResponse<String> loginPage = get(location(toLogin));
        HttpResponse<String> loggedIn = postForm("/login", null, null,
                Map.of("username", "leitung-jugendamt", "password", "demo", "_csrf", csrfToken(loginPage.body())));
        HttpResponse<String> toGateway = get(location(loggedIn));

        assertThat(location(toGateway)).startsWith(GATEWAY_REDIRECT_URI + "?");
        Map<String, String> callback = UriComponentsBuilder.fromUriString(location(toGateway)).build().getQueryParams()
                .toSingleValueMap();
        assertThat(callback).containsEntry("state", "s1").containsKey("code");

        Map<String, Object> tokens = json(postForm("/oauth2/token", "sozialraum-gateway", "gateway-dev-secret",
                Map.of("grant_type", "authorization_code", "code", callback.get("code"),
                        "redirect_uri", GATEWAY_REDIRECT_URI, "code_verifier", verifier)));
        Jwt idToken = jwts.decode((String) tokens.get("id_token"));
        assertCarriesJonasKellersClaims(idToken);
        assertThat(idToken.getAudience()).containsExactly("sozialraum-gateway");
        assertThat(idToken.getClaimAsString("nonce")).isEqualTo("n1");
        Jwt accessToken = jwts.decode((String) tokens.get("access_token"));
        assertCarriesJonasKellersClaims(accessToken);
        assertThat(accessToken.getAudience()).contains("sozialraum-api");

        HttpResponse<String> userInfo = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken.getTokenValue()).build(), BodyHandlers.ofString());
        assertThat(json(userInfo)).containsEntry("sub", "leitung-jugendamt")
                .containsEntry("roles", List.of("DEPARTMENT_HEAD"))
                .containsEntry("department", "jugendamt")
                .containsEntry("kommune", "16053");

        Map<String, Object> refreshed = json(postForm("/oauth2/token", "sozialraum-gateway", "gateway-dev-secret",
                Map.of("grant_type", "refresh_token", "refresh_token", (String) tokens.get("refresh_token"))));
        assertCarriesJonasKellersClaims(jwts.decode((String) refreshed.get("access_token")));
    }

    @Test
    void theGatewayMustUsePkce() throws Exception {
        HttpResponse<String> refused = get(ISSUER + "/oauth2/authorize?response_type=code&client_id=sozialraum-gateway"
                + "&scope=openid%20profile&state=s1&redirect_uri=" + URLEncoder.encode(GATEWAY_REDIRECT_URI, UTF_8));

        assertThat(location(refused)).startsWith(GATEWAY_REDIRECT_URI + "?").contains("error=invalid_request");
    }

    @Test
    void wrongPasswordOnTheLoginPageShowsAGermanMessage() throws Exception {
        HttpResponse<String> loginPage = get(ISSUER + "/login");
        HttpResponse<String> refused = postForm("/login", null, null,
                Map.of("username", "leitung-jugendamt", "password", "falsch", "_csrf", csrfToken(loginPage.body())));

        assertThat(location(refused)).isEqualTo(ISSUER + "/login?error");
        assertThat(get(location(refused)).body()).contains("Benutzername oder Passwort falsch.");
    }

    @Test
    void discoveryDocumentNamesTheConfiguredIssuerAndTheLogoutEndpoint() throws Exception {
        Map<String, Object> discovery = json(get(ISSUER + "/.well-known/openid-configuration"));

        assertThat(discovery).containsEntry("issuer", ISSUER)
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
                .containsEntry("end_session_endpoint", ISSUER + "/connect/logout");
    }

    private static void assertCarriesJonasKellersClaims(Jwt token) {
        assertThat(token.getClaims())
                .containsEntry("iss", ISSUER)
                .containsEntry("sub", "leitung-jugendamt")
                .containsEntry("preferred_username", "leitung-jugendamt")
                .containsEntry("name", "Jonas Keller (Leitung Jugendamt)")
                .containsEntry("roles", List.of("DEPARTMENT_HEAD"))
                .containsEntry("department", "jugendamt")
                .containsEntry("kommune", "16053");
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").build(),
                BodyHandlers.ofString());
    }

    /** Posts a form, with HTTP basic authentication when a user is given. */
    private HttpResponse<String> postForm(String path, String user, String password, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ISSUER + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                        .collect(Collectors.joining("&"))));
        if (user != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)));
        }
        return browser.send(request.build(), BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String csrfToken(String loginPage) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(matcher.find()).as("CSRF field on the login page").isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.shared().readValue(response.body(), LinkedHashMap.class);
    }
}
