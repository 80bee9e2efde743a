package de.sozialraum.reporting.state;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(StateProperties.class)
class StateConfiguration {

    @Bean
    MongoStateSnapshots mongoStateSnapshots(MongoDatabase serviceDatabase) {
        return new MongoStateSnapshots(serviceDatabase);
    }

    @Bean
    TimelineStates timelineStates(MongoTimeline timeline, MongoStateSnapshots snapshots, StateProperties properties) {
        return new TimelineStates(timeline, snapshots, properties.snapshotEvery());
    }

    @Bean
    DecisionHistories decisionHistories(MongoTimeline timeline, TimelineStates states) {
        return new DecisionHistories(timeline, states);
    }
}
