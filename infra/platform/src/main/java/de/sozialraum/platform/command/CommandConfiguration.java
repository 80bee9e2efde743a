package de.sozialraum.platform.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The command gateway: Axon's, with conflicts between instances retried ({@link ConflictRetryScheduler}). */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(CommandProperties.class)
public class CommandConfiguration {

    @Bean(destroyMethod = "close")
    ConflictRetryScheduler conflictRetryScheduler(CommandProperties properties) {
        return new ConflictRetryScheduler(properties.conflictRetries(), properties.conflictRetryInterval());
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConflictRetryScheduler conflictRetryScheduler) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(conflictRetryScheduler).build();
    }
}
