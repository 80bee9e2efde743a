package de.sozialraum.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does with the gateway: follows redirects to the identity provider's login page, fills
 * in the form, comes back with a session cookie, and sends the CSRF token from the {@code XSRF-TOKEN}
 * cookie as header with every request, as a single-page app does. It never sees a token.
 */
final class BrowserSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** What a browser accepts for a page; the identity provider shows its login page only to such requests. */
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String gatewayUrl;

    BrowserSession(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** Opens the start page, logs in at the identity provider and returns the page the browser lands on. */
    HttpResponse<String> logIn(String user, String password) {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/")).header("Accept", HTML).GET());
        if (!loginPage.uri().getPath().equals("/login")) {
            throw new IllegalStateException("Expected the login page, got " + loginPage.uri() + ": " + loginPage.body());
        }
        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF field on the login page: " + loginPage.body());
        }
        String form = Map.of("username", user, "password", password, "_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2))
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(loginPage.uri())
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** JSON calls with this session's cookies and its CSRF token. */
    JsonHttp api() {
        return new JsonHttp(client, request -> request.header("X-XSRF-TOKEN", csrfToken()));
    }

    /** JSON calls with the session cookie but without the CSRF header, as a forged cross-site request would. */
    JsonHttp withoutCsrfHeader() {
        return new JsonHttp(client, request -> request);
    }

    /** The cookies the browser holds for the gateway. */
    List<HttpCookie> gatewayCookies() {
        return cookies.getCookieStore().get(URI.create(gatewayUrl));
    }

    private String csrfToken() {
        return gatewayCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
