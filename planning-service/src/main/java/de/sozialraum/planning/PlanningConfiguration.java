package de.sozialraum.planning;

import de.sozialraum.planning.kommune.KommuneProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KommuneProperties.class)
class PlanningConfiguration {
}
