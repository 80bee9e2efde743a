package de.sozialraum.platform.consumption;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers of the event topic retry.
 *
 * @param initialBackOff first pause after a failed record (e.g. the database is down)
 * @param maxBackOff     longest pause between retries; retries never stop, records are never skipped
 */
@ConfigurationProperties("sozialraum.consumption")
public record EventConsumptionProperties(
        @DefaultValue("500ms") Duration initialBackOff,
        @DefaultValue("30s") Duration maxBackOff) {
}
