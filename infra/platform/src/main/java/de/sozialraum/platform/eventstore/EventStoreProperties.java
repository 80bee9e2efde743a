package de.sozialraum.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the event store.
 *
 * @param batchSize events per tracking read, and per read when sourcing an aggregate
 * @param majority  write commits and track them with majority concern, so that no reader delivers a
 *                  commit a replica-set fail-over could roll back; switch off only for a standalone
 *                  mongod without replica set
 */
@ConfigurationProperties("sozialraum.event-store")
public record EventStoreProperties(
        @DefaultValue("100") int batchSize,
        @DefaultValue("true") boolean majority) {
}
