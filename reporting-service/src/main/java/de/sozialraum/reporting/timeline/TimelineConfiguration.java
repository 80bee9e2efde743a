package de.sozialraum.reporting.timeline;

import com.mongodb.client.MongoClient;
import de.sozialraum.reporting.timeline.messaging.TimelineListener;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimelineConfiguration {

    @Bean
    MongoTimeline mongoTimeline(MongoClient client, MongoProperties properties) {
        return new MongoTimeline(client.getDatabase(properties.getMongoClientDatabase()));
    }

    @Bean
    TimelineListener timelineListener(MongoTimeline timeline, MeterRegistry meters) {
        return new TimelineListener(timeline, meters);
    }
}
