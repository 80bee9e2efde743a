package de.sozialraum.coordination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Coordination: assignments to departments and what the departments make of them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoordinationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinationServiceApplication.class, args);
    }
}
