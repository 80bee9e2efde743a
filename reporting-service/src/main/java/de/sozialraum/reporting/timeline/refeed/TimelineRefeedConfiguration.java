package de.sozialraum.reporting.timeline.refeed;

import java.time.Clock;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.publication.PublicationProperties;
import de.sozialraum.reporting.checkpoint.TimelineCheckpointer;
import de.sozialraum.reporting.timeline.messaging.TimelineListener;
import de.sozialraum.reporting.timeline.refeed.persistence.MongoTimelineRefeeds;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

@Configuration
@EnableConfigurationProperties(TimelineRefeedProperties.class)
class TimelineRefeedConfiguration {

    @Bean
    MongoTimelineRefeeds mongoTimelineRefeeds(MongoDatabase serviceDatabase) {
        return new MongoTimelineRefeeds(serviceDatabase);
    }

    /**
     * The re-feed reads with a consumer of its own: assigned to every partition, in no consumer group (it commits
     * nothing; the live listener's group keeps its offsets), and like the live listener only committed records.
     */
    @Bean
    TimelineRefeeds timelineRefeeds(MongoTimelineRefeeds refeeds, TimelineListener timeline, TimelineCheckpointer checkpointer,
                                    KafkaListenerEndpointRegistry listeners,
                                    KafkaProperties kafkaProperties, PublicationProperties publication,
                                    TimelineRefeedProperties properties, Clock clock) {
        Map<String, Object> config = kafkaProperties.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service.timeline-refeed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new TimelineRefeeds(refeeds, timeline, checkpointer, listeners,
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                publication.topic(), properties, clock);
    }
}
