package de.sozialraum.platform.publication;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how a service publishes its events.
 *
 * @param topic       the one topic all services publish to, keyed by Sozialraum id
 * @param partitions  partition count when the topic is created
 * @param replicas    replication factor when the topic is created (1 in the embedded stack)
 * @param source      CloudEvents {@code source} of this service
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param batchSize   events per unit of work of the publishing tracking processor
 */
@ConfigurationProperties("sozialraum.publication")
public record PublicationProperties(
        @DefaultValue(PublicationProperties.DEFAULT_TOPIC) String topic,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas,
        URI source,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("50") int batchSize) {

    public static final String DEFAULT_TOPIC = "sozialraum.events.v1";

    public String deadLetterTopic() {
        return topic + ".dlt";
    }
}
