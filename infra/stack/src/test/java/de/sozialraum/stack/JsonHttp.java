package de.sozialraum.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small JSON-over-HTTP client for the end-to-end tests, the way curl in the README uses the API:
 * anonymous, or {@link #as(String) with a bearer token}.
 */
final class JsonHttp {

    record Response(int status, String contentType, JsonNode body) {
    }

    private static final ObjectMapper json = new ObjectMapper();
    private final HttpClient client;
    private final UnaryOperator<HttpRequest.Builder> decorate;

    JsonHttp() {
        this(HttpClient.newHttpClient(), UnaryOperator.identity());
    }

    JsonHttp(HttpClient client, UnaryOperator<HttpRequest.Builder> decorate) {
        this.client = client;
        this.decorate = decorate;
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    JsonHttp as(String bearerToken) {
        return new JsonHttp(client, request -> decorate.apply(request).header("Authorization", "Bearer " + bearerToken));
    }

    /**
     * An access token of a demo user from an OIDC provider, by the client credentials grant that the
     * development provider offers each demo user (client id = user name, secret = password).
     */
    String token(String issuer, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Response response = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + response.status() + " " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    Response post(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postCsv(String url, String csv) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    Response put(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(decorate.apply(request).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Optional<String> contentType = response.headers().firstValue("Content-Type");
            boolean isJson = contentType.map(type -> type.contains("json")).orElse(false);
            return new Response(response.statusCode(), contentType.orElse(""),
                    body.isBlank() || !isJson ? json.nullNode() : json.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
