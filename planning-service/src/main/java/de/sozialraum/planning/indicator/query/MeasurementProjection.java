package de.sozialraum.planning.indicator.query;

import de.sozialraum.planning.indicator.api.MeasurementRecordedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@link MongoMeasurementViews} up to date from planning's own event store. */
@ProcessingGroup("measurement-views")
public class MeasurementProjection {

    private final MongoMeasurementViews views;

    public MeasurementProjection(MongoMeasurementViews views) {
        this.views = views;
    }

    @EventHandler
    void on(MeasurementRecordedEvent event) {
        views.recorded(event);
    }

    @EventHandler
    void on(MeasurementsImportedEvent event) {
        views.imported(event);
    }
}
