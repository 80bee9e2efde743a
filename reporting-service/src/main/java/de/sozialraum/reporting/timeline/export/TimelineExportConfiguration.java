package de.sozialraum.reporting.timeline.export;

import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimelineExportConfiguration {

    /** A bundle carries every public key its checkpoints may name: those {@code GET /api/audit/public-keys} publishes. */
    @Bean
    TimelineBundleWriter timelineBundleWriter(MongoTimeline timeline, CheckpointKeys keys) {
        return new TimelineBundleWriter(timeline, keys);
    }
}
