package de.sozialraum.coordination.decision;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.coordination.decision.query.DecisionRegisterProjection;
import de.sozialraum.coordination.decision.query.MongoDecisionRegister;
import de.sozialraum.coordination.decision.saga.AssignmentStreams;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DecisionConfiguration {

    @Bean
    MongoDecisionRegister decisionRegister(MongoDatabase serviceDatabase) {
        return new MongoDecisionRegister(serviceDatabase);
    }

    @Bean
    DecisionRegisterProjection decisionRegisterProjection(MongoDecisionRegister register) {
        return new DecisionRegisterProjection(register);
    }

    /** An assignment exists once its event stream has a first event. */
    @Bean
    AssignmentStreams assignmentStreams(EventStore eventStore) {
        return assignmentId -> eventStore.lastSequenceNumberFor(assignmentId).isPresent();
    }
}
