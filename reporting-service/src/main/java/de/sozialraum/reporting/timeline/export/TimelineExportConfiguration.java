package de.sozialraum.reporting.timeline.export;

import java.util.List;

import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimelineExportConfiguration {

    /** The bundle's keys come from a {@link PublicKeySource} bean if there is one (the checkpoint signer's), else none. */
    @Bean
    TimelineBundleWriter timelineBundleWriter(MongoTimeline timeline, ObjectProvider<PublicKeySource> keys) {
        PublicKeySource none = List::of;
        return new TimelineBundleWriter(timeline, () -> keys.getIfAvailable(() -> none).publicKeys());
    }
}
