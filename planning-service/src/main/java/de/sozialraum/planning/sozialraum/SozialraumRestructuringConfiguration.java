package de.sozialraum.planning.sozialraum;

import de.sozialraum.planning.sozialraum.domain.SozialraumRestructuring;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SozialraumRestructuringConfiguration {

    /** Axon finds its command handlers (merge, split) on the bean. */
    @Bean
    SozialraumRestructuring sozialraumRestructuring(CommandGateway commands) {
        return new SozialraumRestructuring(commands);
    }
}
