package de.sozialraum.planning.indicator.query;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IndicatorViewConfiguration {

    @Bean
    MongoIndicatorViews indicatorViews(MongoDatabase serviceDatabase) {
        return new MongoIndicatorViews(serviceDatabase);
    }

    @Bean
    MongoMeasurementViews measurementViews(MongoDatabase serviceDatabase) {
        return new MongoMeasurementViews(serviceDatabase);
    }

    @Bean
    IndicatorProjection indicatorProjection(MongoIndicatorViews views) {
        return new IndicatorProjection(views);
    }

    @Bean
    MeasurementProjection measurementProjection(MongoMeasurementViews views) {
        return new MeasurementProjection(views);
    }
}
