package de.sozialraum.planning.kommune;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KommuneConfiguration {

    @Bean
    ReferenceKommunen kommuneDirectory() {
        return ReferenceKommunen.thueringen();
    }
}
