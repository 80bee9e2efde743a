package de.sozialraum.gateway.login;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents for the gateway's own refusals, with the types the services use:
 * requests for data without a login get 401 instead of a redirect to the login page; a logged-in
 * browser's write without the CSRF token gets 403. A write of someone not logged in is a 401, whatever
 * its CSRF token: the login is what is missing.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final RequestMatcher data;
    private final AuthenticationEntryPoint pages;
    private final byte[] unauthenticated;
    private final byte[] csrfRefused;

    /**
     * @param data  requests for data: without a login they get the 401 problem
     * @param pages what other requests without a login get, i.e. the way to the login page
     */
    ProblemResponses(JsonMapper json, RequestMatcher data, AuthenticationEntryPoint pages) {
        this.data = data;
        this.pages = pages;
        this.unauthenticated = json.writeValueAsBytes(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Nicht angemeldet",
                "Bitte melden Sie sich an oder senden Sie ein Bearer-Token."));
        this.csrfRefused = json.writeValueAsBytes(problem(HttpStatus.FORBIDDEN, "csrf-token-invalid", "Sicherheitsprüfung fehlgeschlagen",
                "Der Anfrage fehlt ein gültiges CSRF-Token (Kopfzeile X-XSRF-TOKEN mit dem Wert des Cookies XSRF-TOKEN). "
                        + "Bitte laden Sie die Seite neu."));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (!data.matches(request)) {
            pages.commence(request, response, e);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, unauthenticated);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || trust.isAnonymous(authentication)) {
            commence(request, response, new InsufficientAuthenticationException("Not logged in", e));
            return;
        }
        write(response, HttpStatus.FORBIDDEN, csrfRefused);
    }

    private static void write(HttpServletResponse response, HttpStatus status, byte[] body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(body);
    }

    private static Map<String, Object> problem(HttpStatus status, String code, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:sozialraum-koordination:problem:" + code);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        return problem;
    }
}
