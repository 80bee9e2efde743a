package de.sozialraum.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.eventstore.EventStoreProperties;
import de.sozialraum.platform.eventstore.GlobalIndexEventStorageEngine;
import de.sozialraum.platform.saga.JacksonMongoSagaStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;

/**
 * Axon without Axon Server: event store (our {@link GlobalIndexEventStorageEngine}) and token store
 * (the Axon Mongo extension's) and saga store (our {@link JacksonMongoSagaStore}) in the service's own
 * MongoDB database, everything serialised with Jackson 2 (see docs/adr/0002-two-jacksons.md).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = MongoAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonMongoConfiguration {

    /** The Jackson 2 mapper Axon uses for events, snapshots, tokens and sagas. */
    /**
     * No event is ever skipped: a handler that fails (e.g. a read model while MongoDB fails over) stops
     * its processor, which retries the same event with back-off, instead of Axon's default of logging
     * and moving on.
     */
    @Bean
    ConfigurerModule eventsAreNeverSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return EventJson.newObjectMapper();
    }

    /** The service's own database ({@code spring.mongodb.database}): Axon's stores and its read models. */
    @Bean
    MongoDatabase serviceDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabase serviceDatabase) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(serviceDatabase)
                .build();
    }

    /** Our own engine: a dense global index, so tracking never skips a late commit (ADR 0007). */
    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase serviceDatabase, EventStoreProperties properties,
                                          Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        GlobalIndexEventStorageEngine engine = GlobalIndexEventStorageEngine.builder()
                .database(serviceDatabase)
                .batchSize(properties.batchSize())
                .majority(properties.majority())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
        tokenStore.ensureIndexes();
        return tokenStore;
    }

    @Bean
    SagaStore<Object> sagaStore(MongoDatabase serviceDatabase, Serializer serializer) {
        JacksonMongoSagaStore sagaStore = new JacksonMongoSagaStore(serviceDatabase, serializer);
        sagaStore.ensureIndexes();
        return sagaStore;
    }

    /**
     * Every aggregate reads only its own type's events. Aggregate ids are unique across types, but an id of
     * another type in a request (a Kommune key sent as a Sozialraum id) would otherwise load a foreign stream
     * and fail with a 500; filtered, the stream is empty and the id unknown: 404, like any unknown id.
     * {@code @Aggregate(filterEventsByType = true)} would say the same, but Axon 4.13's Spring lookup does not
     * pass that attribute on, so the flag is set on every aggregate's configurer here.
     */
    @Bean
    static BeanFactoryPostProcessor aggregatesReadOnlyTheirOwnEvents() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                if (SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName())) {
                    definition.getPropertyValues().add("filterEventsByType", true);
                }
            }
        };
    }
}
