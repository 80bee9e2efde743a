package de.sozialraum.planning.kommune.query;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KommuneViewConfiguration {

    @Bean
    MongoKommuneViews kommuneViews(MongoDatabase serviceDatabase) {
        return new MongoKommuneViews(serviceDatabase);
    }

    @Bean
    KommuneProjection kommuneProjection(MongoKommuneViews views) {
        return new KommuneProjection(views);
    }
}
