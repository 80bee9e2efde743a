package de.sozialraum.planning;

import java.time.Clock;
import java.time.ZoneId;

import de.sozialraum.planning.department.DepartmentProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DepartmentProperties.class)
class PlanningConfiguration {

    /** "Today" for due dates is today in Germany, wherever the service runs. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }
}
