package de.sozialraum.platform.republication;

import de.sozialraum.platform.actor.CurrentActor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Re-publication of the event store by administrators, in every service that publishes. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RepublicationConfiguration {

    private static final String SERVICE_SUFFIX = "-service";

    @Bean
    Republication republication(EventProcessingConfiguration processing, EventStore eventStore) {
        return new Republication(processing, eventStore);
    }

    /** The path names the service by its short name: {@code planning-service} → {@code /api/admin/planning/…}. */
    @Bean
    RepublicationController republicationController(Republication republication, CurrentActor currentActor,
                                                     @Value("${spring.application.name}") String applicationName) {
        String serviceName = applicationName.endsWith(SERVICE_SUFFIX)
                ? applicationName.substring(0, applicationName.length() - SERVICE_SUFFIX.length())
                : applicationName;
        return new RepublicationController(republication, currentActor, serviceName);
    }
}
