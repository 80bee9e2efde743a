package de.sozialraum.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A token issuer for tests: its public key is served as a JWK set over HTTP on 127.0.0.1, so the
 * service under test fetches and checks keys exactly as it does against a real identity provider.
 * Tokens that must be refused (expired, signed with an unknown key, another issuer or audience) are
 * made with {@link #token(TestUser, UnaryOperator)} and {@link #signedWithUnknownKey(TestUser)}.
 */
public final class TestTokens {

    public static final String AUDIENCE = "sozialraum-api";

    private static final RSAKey KEY = generateKey("test-key");
    private static final RSAKey UNKNOWN_KEY = generateKey("test-key"); // same key id, other key
    private static final String ISSUER = startJwkSetServer();

    private TestTokens() {
    }

    public static String issuer() {
        return ISSUER;
    }

    public static String jwkSetUri() {
        return ISSUER + "/jwks";
    }

    /** A valid token for {@code user}, 10 minutes long. */
    public static String token(TestUser user) {
        return token(user, UnaryOperator.identity());
    }

    /** A token for {@code user} whose claims {@code change} alters, e.g. to expire it or change its issuer. */
    public static String token(TestUser user, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(user)).build(), KEY);
    }

    /** A token whose signature no configured key verifies. */
    public static String signedWithUnknownKey(TestUser user) {
        return sign(claims(user).build(), UNKNOWN_KEY);
    }

    /** For MockMvc: the request carries {@code user}'s token. */
    public static RequestPostProcessor as(TestUser user) {
        String bearer = "Bearer " + token(user);
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, bearer);
            return request;
        };
    }

    /** The standard claims of a token of the development identity provider and of Keycloak (docs/security.md). */
    public static JWTClaimsSet.Builder claims(TestUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "sozialraum-gateway"))
                .subject(user.id())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("name", user.name())
                .claim("preferred_username", user.id())
                .claim("roles", List.of(user.role()))
                .claim("kommune", user.kommune());
        if (user.department() != null) {
            claims.claim("department", user.department());
        }
        return claims;
    }

    /** Points a service under test at this issuer; used by {@link ServiceIntegrationTest}. */
    public static Map<String, String> properties() {
        return Map.of("sozialraum.security.issuer-uri", issuer(), "sozialraum.security.jwk-set-uri", jwkSetUri(),
                "sozialraum.security.audience", AUDIENCE);
    }

    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).applyTo(context);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a test key", e);
        }
    }

    private static String startJwkSetServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the test JWK set", e);
        }
    }
}
