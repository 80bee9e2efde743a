package de.sozialraum.planning.needindex.query;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.planning.sozialraum.query.MongoSozialraumViews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NeedIndexConfiguration {

    @Bean
    MongoNeedIndexMethods needIndexMethods(MongoDatabase serviceDatabase) {
        return new MongoNeedIndexMethods(serviceDatabase);
    }

    @Bean
    NeedIndexQueries needIndexQueries(MongoNeedIndexMethods methods, MongoSozialraumViews sozialraeume, IndicatorCatalogue indicators,
                                      MeasurementReadings readings) {
        return new NeedIndexQueries(methods, sozialraeume, indicators, readings);
    }
}
