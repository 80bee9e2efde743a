package de.sozialraum.coordination;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CoordinationConfiguration {

    /**
     * "Today" for due dates, reminders and overdue assignments is today in Germany, wherever the service
     * runs. Tests replace it with a clock they move.
     */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }

    /** Bean Validation ({@code @FutureOrPresent}) judges "today" by the same clock as the domain. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
