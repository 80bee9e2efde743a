package de.sozialraum.reporting.checkpoint;

import java.time.Clock;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.reporting.checkpoint.persistence.MongoCheckpointRecords;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signed checkpoints (docs/audit.md). Without a signing key the service runs and records the timelines as before, warns
 * once, and makes no checkpoints; verification then reports every timeline as unsigned.
 */
@Configuration
@EnableConfigurationProperties(AuditProperties.class)
class CheckpointConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckpointConfiguration.class);

    @Bean
    CheckpointKeys checkpointKeys(AuditProperties properties) {
        CheckpointKeys keys = CheckpointKeys.from(properties);
        if (keys.canSign()) {
            log.info("Timeline checkpoints are signed with key {} (every {} entries, and every {}); known keys: {}",
                    properties.keyId(), properties.checkpoint().everyEntries(), properties.checkpoint().every(), keys);
        } else {
            log.warn("No checkpoint signing key configured (sozialraum.audit.signing-key): timelines get NO signed checkpoints, "
                    + "and a chain re-computed or truncated in the database will not be detected. See docs/operations.md.");
        }
        return keys;
    }

    @Bean
    MongoCheckpointRecords mongoCheckpointRecords(MongoDatabase serviceDatabase) {
        return new MongoCheckpointRecords(serviceDatabase);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }

    @Bean
    TimelineCheckpointer timelineCheckpointer(MongoTimeline timeline, MongoCheckpointRecords records, CheckpointKeys keys,
                                              SystemActorProperties systemActor, Clock clock, AuditProperties properties) {
        return new TimelineCheckpointer(timeline, records, keys, systemActor, clock, properties.checkpoint().everyEntries());
    }

    @Bean
    CheckpointSweep checkpointSweep(TimelineCheckpointer checkpointer, AuditProperties properties) {
        return new CheckpointSweep(checkpointer, properties.checkpoint().every());
    }
}
