package de.sozialraum.coordination.assignment.query;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AssignmentViewConfiguration {

    @Bean
    MongoAssignmentViews assignmentViews(MongoDatabase serviceDatabase) {
        return new MongoAssignmentViews(serviceDatabase);
    }

    @Bean
    AssignmentProjection assignmentProjection(MongoAssignmentViews views) {
        return new AssignmentProjection(views);
    }

    @Bean
    AssignmentInbox assignmentInbox(MongoAssignmentViews views, MongoSozialraumDirectory sozialraeume, Clock clock) {
        return new AssignmentInbox(views, sozialraeume, clock);
    }

    @Bean
    AssignmentOverviews assignmentOverviews(MongoDatabase serviceDatabase, MongoSozialraumDirectory sozialraeume, Clock clock) {
        return new AssignmentOverviews(serviceDatabase, sozialraeume, clock);
    }
}
