package de.sozialraum.planning.participation.query;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ParticipationViewConfiguration {

    @Bean
    MongoParticipationViews participationViews(MongoDatabase serviceDatabase) {
        return new MongoParticipationViews(serviceDatabase);
    }

    @Bean
    ParticipationProjection participationProjection(MongoParticipationViews views) {
        return new ParticipationProjection(views);
    }
}
