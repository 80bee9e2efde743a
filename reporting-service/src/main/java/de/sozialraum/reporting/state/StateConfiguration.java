package de.sozialraum.reporting.state;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.reporting.state.persistence.MongoRebuildRecords;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.state.rebuild.StateRebuilds;
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
    MongoRebuildRecords mongoRebuildRecords(MongoDatabase serviceDatabase) {
        return new MongoRebuildRecords(serviceDatabase);
    }

    @Bean
    StateRebuilds stateRebuilds(TimelineStates states, MongoStateSnapshots snapshots, MongoTimeline timeline,
                                MongoRebuildRecords records, Clock clock, StateProperties properties) {
        return new StateRebuilds(states, snapshots, timeline, records, clock, properties.rebuildStaleAfter());
    }

    @Bean
    DecisionHistories decisionHistories(MongoTimeline timeline, TimelineStates states) {
        return new DecisionHistories(timeline, states);
    }
}
