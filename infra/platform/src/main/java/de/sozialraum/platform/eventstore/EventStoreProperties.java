package de.sozialraum.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the event store.
 *
 * @param batchSize commits per read when tracking, events per read when sourcing an aggregate
 */
@ConfigurationProperties("sozialraum.event-store")
public record EventStoreProperties(@DefaultValue("100") int batchSize) {
}
