package de.sozialraum.planning.sozialraum.query;

import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalRevisedEvent;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumBoundaryChangedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRenamedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@link MongoSozialraumViews} and {@link MongoGoalViews} up to date from planning's own event store (a tracking processor). */
@ProcessingGroup(SozialraumProjection.PROCESSING_GROUP)
public class SozialraumProjection {

    public static final String PROCESSING_GROUP = "sozialraum-views";

    private final MongoSozialraumViews views;
    private final MongoGoalViews goals;

    public SozialraumProjection(MongoSozialraumViews views, MongoGoalViews goals) {
        this.views = views;
        this.goals = goals;
    }

    @EventHandler
    void on(SozialraumRegisteredEvent event) {
        views.registered(event);
    }

    @EventHandler
    void on(SozialraumRenamedEvent event) {
        views.renamed(event.sozialraumId(), event.name());
    }

    @EventHandler
    void on(SozialraumBoundaryChangedEvent event) {
        views.boundaryChanged(event.sozialraumId(), event.boundary());
    }

    @EventHandler
    void on(SozialraumRetiredEvent event) {
        views.retired(event);
    }

    @EventHandler
    void on(GoalSetEvent event) {
        views.goalSet(event.sozialraumId(), event.goalId());
        goals.set(event);
    }

    @EventHandler
    void on(GoalRevisedEvent event) {
        goals.revised(event);
    }

    @EventHandler
    void on(GoalClosedEvent event) {
        goals.closed(event);
    }
}
