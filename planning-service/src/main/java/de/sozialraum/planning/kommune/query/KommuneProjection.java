package de.sozialraum.planning.kommune.query;

import de.sozialraum.planning.kommune.api.Department;
import de.sozialraum.planning.kommune.api.DepartmentAddedEvent;
import de.sozialraum.planning.kommune.api.DepartmentRetiredEvent;
import de.sozialraum.planning.kommune.api.KommuneRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@link MongoKommuneViews} up to date from planning's own event store (a tracking processor). */
@ProcessingGroup(KommuneProjection.PROCESSING_GROUP)
public class KommuneProjection {

    public static final String PROCESSING_GROUP = "kommune-views";

    private final MongoKommuneViews views;

    public KommuneProjection(MongoKommuneViews views) {
        this.views = views;
    }

    @EventHandler
    void on(KommuneRegisteredEvent event) {
        views.registered(event);
    }

    @EventHandler
    void on(DepartmentAddedEvent event) {
        views.departmentAdded(event.kommuneKey(), new Department(event.departmentKey(), event.name(), event.type()));
    }

    @EventHandler
    void on(DepartmentRetiredEvent event) {
        views.departmentRetired(event.kommuneKey(), event.departmentKey(), event.reason());
    }
}
