package de.sozialraum.planning.sozialraum.query;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SozialraumViewConfiguration {

    @Bean
    MongoSozialraumViews sozialraumViews(MongoDatabase serviceDatabase) {
        return new MongoSozialraumViews(serviceDatabase);
    }

    @Bean
    SozialraumProjection sozialraumProjection(MongoSozialraumViews views) {
        return new SozialraumProjection(views);
    }
}
