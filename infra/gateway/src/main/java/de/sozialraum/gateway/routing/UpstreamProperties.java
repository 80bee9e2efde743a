package de.sozialraum.gateway.routing;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services run (environment variables in brackets).
 *
 * @param planning     planning-service ({@code PLANNING_URL})
 * @param coordination coordination-service ({@code COORDINATION_URL})
 * @param reporting    reporting-service ({@code REPORTING_URL})
 */
@ConfigurationProperties("sozialraum.gateway.upstreams")
public record UpstreamProperties(URI planning, URI coordination, URI reporting) {
}
