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
    MongoGoalViews goalViews(MongoDatabase serviceDatabase) {
        return new MongoGoalViews(serviceDatabase);
    }

    @Bean
    SozialraumProjection sozialraumProjection(MongoSozialraumViews views, MongoGoalViews goals) {
        return new SozialraumProjection(views, goals);
    }
}
