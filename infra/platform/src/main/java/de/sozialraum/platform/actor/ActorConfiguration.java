package de.sozialraum.platform.actor;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Attribution: every command gets an actor, every event inherits it from its command. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(SystemActorProperties.class)
public class ActorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor(SystemActorProperties systemActor) {
        Actor actor = systemActor.toActor();
        return () -> actor;
    }

    @Bean
    ActorStampingInterceptor actorStampingInterceptor(CurrentActor currentActor) {
        return new ActorStampingInterceptor(currentActor);
    }

    @Bean
    ActorRequiredInterceptor actorRequiredInterceptor() {
        return new ActorRequiredInterceptor();
    }

    /** Axon's own correlation (traceId) and causation (correlationId); declared because ours below replaces its default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(ActorMetaData.KEYS.toArray(String[]::new));
    }
}
