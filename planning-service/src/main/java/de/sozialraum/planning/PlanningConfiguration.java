package de.sozialraum.planning;

import java.time.Clock;
import java.time.ZoneId;

import de.sozialraum.planning.kommune.KommuneProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KommuneProperties.class)
class PlanningConfiguration {

    /** "Today" for due dates is today in Germany, wherever the service runs. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }

    /** Bean Validation ({@code @FutureOrPresent}, {@code @PastOrPresent}) judges "today" by the same clock as the domain. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
