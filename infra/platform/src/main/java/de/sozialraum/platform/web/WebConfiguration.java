package de.sozialraum.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/** The error mapping and the API description shared by all services. */
@AutoConfiguration
public class WebConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(MessageSource messageSource) {
        return new ProblemDetailsAdvice(messageSource);
    }

    /** Title and summary of the service's OpenAPI document ({@code /v3/api-docs}, Swagger UI). */
    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String name,
                       @Value("${sozialraum.api.title:${spring.application.name}}") String title,
                       @Value("${sozialraum.api.description:}") String description) {
        return new OpenAPI().info(new Info()
                .title("Sozialraum-Koordination – " + title)
                .version("v1")
                .description(description + " Fehler als RFC 9457 problem+json, Texte deutsch oder mit "
                        + "Accept-Language: en englisch. Ereignisse: docs/events.md (" + name + ")."));
    }
}
