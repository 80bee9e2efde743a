package de.sozialraum.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/** The error mapping shared by all services. */
@AutoConfiguration
public class WebConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(MessageSource messageSource) {
        return new ProblemDetailsAdvice(messageSource);
    }
}
