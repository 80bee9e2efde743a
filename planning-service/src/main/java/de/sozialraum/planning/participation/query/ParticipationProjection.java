package de.sozialraum.planning.participation.query;

import de.sozialraum.planning.participation.api.ContributionAnsweredEvent;
import de.sozialraum.planning.participation.api.ContributionReceivedEvent;
import de.sozialraum.planning.participation.api.ParticipationRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@link MongoParticipationViews} up to date from planning's own event store. */
@ProcessingGroup("participation-views")
public class ParticipationProjection {

    private final MongoParticipationViews views;

    public ParticipationProjection(MongoParticipationViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ParticipationRecordedEvent event) {
        views.recorded(event);
    }

    @EventHandler
    void on(ContributionReceivedEvent event) {
        views.received(event);
    }

    @EventHandler
    void on(ContributionAnsweredEvent event) {
        views.answered(event);
    }
}
