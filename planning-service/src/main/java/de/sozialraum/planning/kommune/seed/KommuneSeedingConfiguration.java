package de.sozialraum.planning.kommune.seed;

import de.sozialraum.planning.kommune.KommuneProperties;
import de.sozialraum.planning.kommune.query.MongoKommuneViews;
import de.sozialraum.platform.actor.SystemActorProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KommuneSeedingConfiguration {

    @Bean
    KommuneSeeding kommuneSeeding(MongoKommuneViews views, CommandGateway commands, SystemActorProperties systemActor,
                                  KommuneProperties properties) {
        return new KommuneSeeding(ReferenceKommunen.thueringen(), views, commands, systemActor.toActor(), properties.seedingTimeout());
    }
}
