package de.sozialraum.coordination.sozialraum.messaging;

import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import de.sozialraum.platform.consumption.EventConsumptionConfiguration;
import de.sozialraum.platform.consumption.ReceivedEvent;
import de.sozialraum.platform.consumption.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Learns Sozialräume and goals from planning's published events (contract: docs/events.md), so that
 * assignments can only be issued for what planning has recorded.
 */
public class SozialraumDirectoryListener {

    static final String SOZIALRAUM_REGISTERED = "de.sozialraum.planning.SozialraumRegistered.v1";
    static final String GOAL_SET = "de.sozialraum.planning.GoalSet.v1";
    static final String SOZIALRAUM_RENAMED = "de.sozialraum.planning.SozialraumRenamed.v1";
    static final String SOZIALRAUM_RETIRED = "de.sozialraum.planning.SozialraumRetired.v1";
    static final String GOAL_REVISED = "de.sozialraum.planning.GoalRevised.v1";
    static final String GOAL_CLOSED = "de.sozialraum.planning.GoalClosed.v1";

    /** The part of planning's contract this listener reads. */
    record SozialraumRegistered(String sozialraumId, String kommuneKey, String name) {
    }

    /** The part of planning's contract this listener reads. */
    record SozialraumRenamed(String sozialraumId, String name) {
    }

    /** The part of planning's contract this listener reads. */
    record SozialraumRetired(String sozialraumId) {
    }

    /** The part of planning's contract this listener reads. */
    record GoalRevised(String goalId, String title) {
    }

    /** The part of planning's contract this listener reads. */
    record GoalClosed(String goalId) {
    }

    /** The part of planning's contract this listener reads. */
    record GoalSet(String goalId, String sozialraumId, String title) {
    }

    private final MongoSozialraumDirectory directory;

    public SozialraumDirectoryListener(MongoSozialraumDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(id = "sozialraum-directory", groupId = "coordination-service.sozialraum-directory",
            topics = "${sozialraum.publication.topic}",
            containerFactory = EventConsumptionConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvents.read(record);
        switch (event.type()) {
            case SOZIALRAUM_REGISTERED -> {
                SozialraumRegistered registered = event.dataAs(SozialraumRegistered.class);
                directory.rememberSozialraum(registered.sozialraumId(), registered.kommuneKey(), registered.name());
            }
            case SOZIALRAUM_RENAMED -> {
                SozialraumRenamed renamed = event.dataAs(SozialraumRenamed.class);
                directory.rememberRenamed(renamed.sozialraumId(), renamed.name());
            }
            case SOZIALRAUM_RETIRED -> directory.rememberRetired(event.dataAs(SozialraumRetired.class).sozialraumId());
            case GOAL_SET -> {
                GoalSet goal = event.dataAs(GoalSet.class);
                directory.rememberGoal(goal.goalId(), goal.sozialraumId(), goal.title());
            }
            case GOAL_REVISED -> {
                GoalRevised revised = event.dataAs(GoalRevised.class);
                directory.rememberGoalRevised(revised.goalId(), revised.title());
            }
            case GOAL_CLOSED -> directory.rememberGoalClosed(event.dataAs(GoalClosed.class).goalId());
            default -> {
                // Other events of the timeline do not concern the directory.
            }
        }
    }
}
