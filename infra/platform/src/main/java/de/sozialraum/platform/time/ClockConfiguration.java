package de.sozialraum.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * "Today" is today in Germany, wherever a service runs: one {@link Clock} in Europe/Berlin for the domain
 * (due dates, deadlines, inboxes), and Bean Validation ({@code @FutureOrPresent}, {@code @PastOrPresent})
 * judging by the same clock. A test replaces the {@code Clock} bean with one it moves.
 */
@AutoConfiguration
public class ClockConfiguration {

    public static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(GERMANY);
    }

    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
