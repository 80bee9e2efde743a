package de.sozialraum.planning.indicator.query;

import de.sozialraum.planning.indicator.api.IndicatorDefinedEvent;
import de.sozialraum.planning.indicator.api.IndicatorRevisedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@link MongoIndicatorViews} up to date from planning's own event store. */
@ProcessingGroup("indicator-views")
public class IndicatorProjection {

    private final MongoIndicatorViews views;

    public IndicatorProjection(MongoIndicatorViews views) {
        this.views = views;
    }

    @EventHandler
    void on(IndicatorDefinedEvent event) {
        views.defined(event);
    }

    @EventHandler
    void on(IndicatorRevisedEvent event) {
        views.revised(event);
    }
}
