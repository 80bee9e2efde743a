package de.sozialraum.coordination.assignment.deadline;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import de.sozialraum.platform.actor.SystemActorProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeadlineConfiguration {

    @Bean
    MongoDeadlineSchedule deadlineSchedule(MongoDatabase serviceDatabase) {
        return new MongoDeadlineSchedule(serviceDatabase);
    }

    /** Days are counted in the clock's zone (Europe/Berlin). */
    @Bean
    DeadlineScheduleProjection deadlineScheduleProjection(MongoDeadlineSchedule schedule, DeadlineProperties properties, Clock clock) {
        return new DeadlineScheduleProjection(schedule, new DeadlinePlan(properties.reminderDays(), clock.getZone()));
    }

    /** Named after its process and a random part, so claims of two instances on one host are told apart. */
    @Bean
    DeadlinePoller deadlinePoller(MongoDeadlineSchedule schedule, CommandGateway commandGateway, SystemActorProperties system,
                                  DeadlineProperties properties, Clock clock) {
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new DeadlinePoller(schedule, commandGateway, system, properties, clock, owner);
    }
}
