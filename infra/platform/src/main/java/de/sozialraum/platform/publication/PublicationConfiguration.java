package de.sozialraum.platform.publication;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publication of the event store to Kafka: the topic (declared with its partitions and unlimited
 * retention, since the timeline can be rebuilt from it), an idempotent {@code acks=all} producer, and
 * the tracking processor that drives it.
 */
@AutoConfiguration
@EnableConfigurationProperties(PublicationProperties.class)
public class PublicationConfiguration {

    @Bean
    KafkaAdmin.NewTopics sozialraumEventTopics(PublicationProperties properties) {
        NewTopic events = TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
        NewTopic deadLetters = TopicBuilder.name(properties.deadLetterTopic())
                .partitions(1)
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
        return new KafkaAdmin.NewTopics(events, deadLetters);
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    CloudEventFactory cloudEventFactory(PublicationProperties properties,
                                        @Value("${spring.application.name}") String applicationName,
                                        @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper) {
        URI source = properties.source() != null
                ? properties.source()
                : URI.create("urn:sozialraum-koordination:" + applicationName);
        return new CloudEventFactory(source, objectMapper);
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                            CloudEventFactory cloudEventFactory, PublicationProperties properties) {
        return new KafkaEventPublisher(cloudEventKafkaTemplate, cloudEventFactory, properties);
    }

    /** One thread, one segment: events leave in the order of the event store. */
    @Bean
    ConfigurerModule kafkaPublicationProcessor(PublicationProperties properties) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.batchSize()))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}
