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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service answers which path; paths are passed on unchanged. Routes are tried in the order
 * given, so the timelines (reporting) come before the rest of {@code /api/sozialraeume} and
 * {@code /api/kommunen} (planning).
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    private static final Logger log = LoggerFactory.getLogger(GatewayRoutes.class);

    @Bean
    RouterFunction<ServerResponse> apiRoutes(UpstreamProperties upstreams) {
        return api("reporting", path("/api/sozialraeume/{sozialraumId}/timeline/**").or(path("/api/kommunen/{kommuneKey}/timeline/**")),
                upstreams.reporting())
                .and(api("planning", path("/api/sozialraeume/**").or(path("/api/kommunen/**")), upstreams.planning()))
                .and(api("coordination", path("/api/assignments/**"), upstreams.coordination()));
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
                .filter(tokenRelay())
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

    /** A service that is down or still starting is a 502 problem document, not a 500. */
    private static ServerResponse unreachable(Throwable error, ServerRequest request) {
        log.warn("No answer from the service for {} {}: {}", request.method(), request.path(), error.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "Der zuständige Dienst antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.");
        problem.setType(URI.create("urn:sozialraum-koordination:problem:service-unavailable"));
        problem.setTitle("Dienst nicht erreichbar");
        problem.setProperty("code", "service-unavailable");
        return ServerResponse.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
