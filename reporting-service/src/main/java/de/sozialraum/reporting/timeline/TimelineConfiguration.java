package de.sozialraum.reporting.timeline;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.timeline.messaging.TimelineListener;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.TimelineChainBackfill;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimelineConfiguration {

    @Bean
    MongoTimeline mongoTimeline(MongoDatabase serviceDatabase) {
        return new MongoTimeline(serviceDatabase);
    }

    @Bean
    TimelineListener timelineListener(MongoTimeline timeline, MeterRegistry meters, TimelineCheckpointer checkpointer,
                                      TimelineStates states) {
        return new TimelineListener(timeline, meters, checkpointer, states);
    }

    @Bean
    TimelineChainBackfill timelineChainBackfill(MongoTimeline timeline) {
        return new TimelineChainBackfill(timeline);
    }
}
