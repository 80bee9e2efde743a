package de.sozialraum.planning.needindex.api;

import java.util.List;

import de.sozialraum.platform.publication.KommuneEvent;
import de.sozialraum.platform.publication.PublishedAs;

/**
 * The Kommune's need index is computed from these indicators and weights from now on: version 1, 2, …
 * Earlier versions stay on the Kommune's timeline, so every ranking can be traced to its method.
 */
@PublishedAs("de.sozialraum.planning.NeedIndexDefined.v1")
public record NeedIndexDefinedEvent(String kommuneKey, int version, List<NeedIndexComponent> components, String reason)
        implements KommuneEvent {

    /** The method's aggregate id; distinct from every other aggregate id of the event store. */
    public static String methodId(String kommuneKey) {
        return "need-index:" + kommuneKey;
    }
}
