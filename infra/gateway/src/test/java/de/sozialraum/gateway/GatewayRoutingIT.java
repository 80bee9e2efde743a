package de.sozialraum.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as API clients and anonymous browsers see it, with stub services behind it and the
 * identity provider unreachable throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.api-client.signature";
    private static final String UNREACHABLE_ISSUER = "http://127.0.0.1:" + StubServer.closedPort();

    static final StubServer planning = StubServer.answering("{\"upstream\":\"planning\"}");
    static final StubServer coordination = StubServer.answering("{\"upstream\":\"coordination\"}");
    static final StubServer reporting = StubServer.answering("{\"upstream\":\"reporting\"}");

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("sozialraum.gateway.upstreams.planning", planning::uri);
        registry.add("sozialraum.gateway.upstreams.coordination", coordination::uri);
        registry.add("sozialraum.gateway.upstreams.reporting", reporting::uri);
        registry.add("sozialraum.gateway.oidc.issuer-uri", () -> UNREACHABLE_ISSUER);
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void forgetEarlierRequests() {
        planning.reset();
        coordination.reset();
        reporting.reset();
    }

    @AfterAll
    static void stopStubs() {
        planning.stop();
        coordination.stop();
        reporting.stop();
    }

    @Test
    void startsWhileTheIdentityProviderIsUnreachable() throws Exception {
        HttpResponse<String> health = send(request("/actuator/health").GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void timelineGoesToReportingNotPlanning() throws Exception {
        HttpResponse<String> response = send(request("/api/sozialraeume/sr-1/timeline?from=3&limit=2").GET());

        assertThat(response.body()).isEqualTo("{\"upstream\":\"reporting\"}");
        assertThat(reporting.exchanges()).singleElement()
                .satisfies(exchange -> assertThat(exchange.uri()).isEqualTo("/api/sozialraeume/sr-1/timeline?from=3&limit=2"));
        assertThat(planning.exchanges()).isEmpty();
    }

    @Test
    void aKommunesTimelineGoesToReportingItsSettingsToPlanning() throws Exception {
        send(request("/api/kommunen/16053/timeline?limit=2").GET());
        send(request("/api/kommunen/16053/need-index").GET());
        send(request("/api/kommunen").GET());

        assertThat(reporting.exchanges()).extracting(StubServer.Exchange::uri).containsExactly("/api/kommunen/16053/timeline?limit=2");
        assertThat(planning.exchanges()).extracting(StubServer.Exchange::uri).containsExactly("/api/kommunen/16053/need-index", "/api/kommunen");
    }

    @Test
    void auditGoesToReporting() throws Exception {
        HttpResponse<String> response = send(request("/api/audit/public-keys").GET());

        assertThat(response.body()).isEqualTo("{\"upstream\":\"reporting\"}");
        assertThat(reporting.exchanges()).extracting(StubServer.Exchange::uri).containsExactly("/api/audit/public-keys");
        assertThat(planning.exchanges()).isEmpty();
        assertThat(coordination.exchanges()).isEmpty();
    }

    @Test
    void sozialraeumeGoToPlanning() throws Exception {
        send(request("/api/sozialraeume").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Lobeda\"}"))
                .header("Content-Type", "application/json"));
        send(request("/api/sozialraeume/sr-1/goals").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(planning.exchanges()).extracting(StubServer.Exchange::method, StubServer.Exchange::uri)
                .containsExactly(
                        tuple("POST", "/api/sozialraeume"),
                        tuple("POST", "/api/sozialraeume/sr-1/goals"));
        assertThat(planning.exchanges().get(0).body()).isEqualTo("{\"name\":\"Lobeda\"}");
        assertThat(reporting.exchanges()).isEmpty();
        assertThat(coordination.exchanges()).isEmpty();
    }

    @Test
    void assignmentsDecisionsAndInboxesGoToCoordination() throws Exception {
        send(request("/api/assignments").POST(HttpRequest.BodyPublishers.ofString("{}")));
        send(request("/api/assignments/a-1/accept").POST(HttpRequest.BodyPublishers.noBody()));
        send(request("/api/decisions/d-1/amend").POST(HttpRequest.BodyPublishers.ofString("{}")));
        send(request("/api/departments/jugendamt/inbox").GET());

        assertThat(coordination.exchanges()).extracting(StubServer.Exchange::uri)
                .containsExactly("/api/assignments", "/api/assignments/a-1/accept", "/api/decisions/d-1/amend",
                        "/api/departments/jugendamt/inbox");
        assertThat(planning.exchanges()).isEmpty();
    }

    @Test
    void administrationGoesToTheServiceItNames() throws Exception {
        send(request("/api/admin/planning/republication").POST(HttpRequest.BodyPublishers.noBody()));
        send(request("/api/admin/coordination/republication").GET());
        send(request("/api/audit/timeline-refeeds").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(planning.exchanges()).extracting(StubServer.Exchange::method, StubServer.Exchange::uri)
                .containsExactly(tuple("POST", "/api/admin/planning/republication"));
        assertThat(coordination.exchanges()).extracting(StubServer.Exchange::method, StubServer.Exchange::uri)
                .containsExactly(tuple("GET", "/api/admin/coordination/republication"));
        assertThat(reporting.exchanges()).extracting(StubServer.Exchange::method, StubServer.Exchange::uri)
                .containsExactly(tuple("POST", "/api/audit/timeline-refeeds"));
    }

    @Test
    void bearerRequestIsForwardedUnchangedWithoutLoginSessionOrCsrf() throws Exception {
        HttpResponse<String> response = send(request("/api/assignments")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(coordination.exchanges()).singleElement()
                .satisfies(exchange -> assertThat(exchange.header("Authorization")).isEqualTo(TOKEN));
    }

    @Test
    void anonymousApiRequestIsAnsweredWithAProblemDocument() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/sozialraeume/sr-1/timeline")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SOZIALRAUM_SESSION"));
        assertThat(response.body())
                .contains("\"title\":\"Nicht angemeldet\"", "\"status\":401", "\"type\":\"urn:sozialraum-koordination:problem:unauthenticated\"");
        assertThat(reporting.exchanges()).isEmpty();
        assertThat(send(HttpRequest.newBuilder(gateway("/session")).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousWriteIsA401ProblemNotACsrfRefusal() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/assignments/a-1/accept"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"unauthenticated\"");
        assertThat(coordination.exchanges()).isEmpty();
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginAtTheIdentityProvider() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(gateway("/")).GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/sozialraum"));

        HttpResponse<String> login = send(HttpRequest.newBuilder(gateway("/oauth2/authorization/sozialraum")).GET());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(UNREACHABLE_ISSUER + "/oauth2/authorize?")
                .contains("client_id=sozialraum-gateway", "scope=openid%20profile",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/sozialraum"));
    }

    @Test
    void apiDescriptionsComeFromTheServices() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/docs/reporting/v3/api-docs")).GET());

        assertThat(response.body()).isEqualTo("{\"upstream\":\"reporting\"}");
        assertThat(reporting.exchanges()).extracting(StubServer.Exchange::uri).containsExactly("/v3/api-docs");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway(path)).header("Authorization", TOKEN);
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
