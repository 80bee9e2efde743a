package de.sozialraum.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service answers which path; paths are passed on unchanged. Routes are tried in the order
 * given, so the timelines (reporting) come before the rest of {@code /api/sozialraeume} and
 * {@code /api/kommunen} (planning). {@code /api/audit} (public keys of the signed checkpoints, re-feeds of the timeline) is
 * reporting's too. {@code /api/admin/<service>/…} (administration of one service, e.g. republishing its event store) goes to
 * the service it names.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    private static final Logger log = LoggerFactory.getLogger(GatewayRoutes.class);

    @Bean
    RouterFunction<ServerResponse> apiRoutes(UpstreamProperties upstreams) {
        return api("reporting", path("/api/sozialraeume/{sozialraumId}/timeline/**").or(path("/api/kommunen/{kommuneKey}/timeline/**"))
                        .or(path("/api/audit/**")),
                upstreams.reporting())
                .and(api("planning", path("/api/sozialraeume/**").or(path("/api/kommunen/**")).or(path("/api/admin/planning/**")),
                        upstreams.planning()))
                .and(api("coordination", path("/api/assignments/**").or(path("/api/decisions/**")).or(path("/api/departments/**"))
                                .or(path("/api/admin/coordination/**")),
                        upstreams.coordination()));
    }

    @Bean
    RouterFunction<ServerResponse> apiDocsRoutes(UpstreamProperties upstreams) {
        return apiDocs("planning", upstreams.planning())
                .and(apiDocs("coordination", upstreams.coordination()))
                .and(apiDocs("reporting", upstreams.reporting()));
    }

    /**
     * A logged-in browser's request leaves with its session's access token (refreshed when due) and
     * without its cookies; a request that brought its own bearer token keeps it.
     */
    private static RouterFunction<ServerResponse> api(String service, RequestPredicate paths, URI upstream) {
        return route(service)
                .route(paths, http())
                .before(uri(upstream))
                .before(removeRequestHeader(HttpHeaders.COOKIE))
                .filter(relayingTokens())
                .onError(ResourceAccessException.class, GatewayRoutes::unreachable)
                .build();
    }

    /** {@code /docs/<service>/v3/api-docs}: the service's OpenAPI description. */
    private static RouterFunction<ServerResponse> apiDocs(String service, URI upstream) {
        return route(service + "-api-docs")
                .route(GET("/docs/" + service + "/v3/api-docs"), http())
                .before(uri(upstream))
                .before(setPath("/v3/api-docs"))
                .before(removeRequestHeader(HttpHeaders.COOKIE))
                .onError(ResourceAccessException.class, GatewayRoutes::unreachable)
                .build();
    }

    /** Error codes with which the identity provider says the session's grant is gone for good. */
    private static final Set<String> GRANT_GONE = Set.of(OAuth2ErrorCodes.INVALID_GRANT, OAuth2ErrorCodes.INVALID_TOKEN);

    /**
     * Relays the session's access token. A refresh the identity provider refuses ends the session; one it
     * cannot answer (down, restarting) keeps the session and is a 502, so a short outage logs nobody out.
     */
    private static HandlerFilterFunction<ServerResponse, ServerResponse> relayingTokens() {
        HandlerFilterFunction<ServerResponse, ServerResponse> relay = tokenRelay();
        return (request, next) -> {
            try {
                return relay.filter(request, next);
            } catch (ClientAuthorizationRequiredException e) {
                return sessionExpired(e, request);
            } catch (OAuth2AuthorizationException e) {
                if (GRANT_GONE.contains(e.getError().getErrorCode())) {
                    return sessionExpired(e, request);
                }
                log.warn("Session tokens could not be refreshed for {} {}: {}", request.method(), request.path(), e.getMessage());
                return problem(HttpStatus.BAD_GATEWAY, "identity-provider-unavailable", "Anmeldedienst nicht erreichbar",
                        "Der Anmeldedienst antwortet gerade nicht. Ihre Sitzung bleibt bestehen; bitte versuchen Sie es gleich noch einmal.");
            }
        };
    }

    /**
     * The session's tokens can no longer be refreshed (the identity provider revoked them, forgot them after
     * a restart, or the refresh token expired): the session ends and the caller logs in again — a 401
     * problem document, not a 500.
     */
    private static ServerResponse sessionExpired(Throwable error, ServerRequest request) {
        log.info("Session tokens could not be refreshed for {} {}: {}", request.method(), request.path(), error.getMessage());
        HttpSession session = request.servletRequest().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return problem(HttpStatus.UNAUTHORIZED, "session-expired", "Anmeldung abgelaufen",
                "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.");
    }

    /** A service that is down or still starting is a 502 problem document, not a 500. */
    private static ServerResponse unreachable(Throwable error, ServerRequest request) {
        log.warn("No answer from the service for {} {}: {}", request.method(), request.path(), error.getMessage());
        return problem(HttpStatus.BAD_GATEWAY, "service-unavailable", "Dienst nicht erreichbar",
                "Der zuständige Dienst antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.");
    }

    private static ServerResponse problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:sozialraum-koordination:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
