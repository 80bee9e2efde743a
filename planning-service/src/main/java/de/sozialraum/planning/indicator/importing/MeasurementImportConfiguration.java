package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.MeasurementSeries;
import de.sozialraum.planning.indicator.query.MongoMeasurementViews;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.platform.actor.SystemActorProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MeasurementImportProperties.class)
class MeasurementImportConfiguration {

    @Bean
    MeasurementImports measurementImports(MongoDatabase serviceDatabase) {
        return new MeasurementImports(serviceDatabase);
    }

    @Bean
    ImportStaging importStaging(MongoDatabase serviceDatabase, MeasurementImportProperties properties) {
        return new ImportStaging(serviceDatabase, properties.stagingBatch());
    }

    @Bean
    MeasurementImportRunner measurementImportRunner(MeasurementImports imports, ImportStaging staging, SozialraumCatalogue sozialraeume,
                                                    IndicatorCatalogue indicators, MongoMeasurementViews measurements,
                                                    CommandGateway commandGateway, MeasurementImportProperties properties, Clock clock) {
        if (properties.chunkSize() < 1 || properties.chunkSize() > MeasurementSeries.MAX_VALUES_PER_IMPORT) {
            throw new IllegalStateException("sozialraum.measurement-import.chunk-size must be 1.." + MeasurementSeries.MAX_VALUES_PER_IMPORT);
        }
        return new MeasurementImportRunner(imports, staging, sozialraeume, indicators, measurements, new ImportCommands(commandGateway),
                properties, clock);
    }

    @Bean
    MeasurementImportService measurementImportService(MeasurementImports imports, MeasurementImportRunner runner,
                                                      MeasurementImportProperties properties, Clock clock) throws IOException {
        return new MeasurementImportService(imports, runner, properties, clock);
    }

    @Bean
    MeasurementImportSweeper measurementImportSweeper(MeasurementImports imports, MeasurementImportService service,
                                                      MeasurementImportRunner runner, SystemActorProperties system,
                                                      MeasurementImportProperties properties, Clock clock) {
        return new MeasurementImportSweeper(imports, service, runner, system, properties, clock);
    }
}
