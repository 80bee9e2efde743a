package de.sozialraum.reporting.state.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.api.TimelineStateView;

/** A state as the API shows it. */
final class StateViews {

    private StateViews() {
    }

    @SuppressWarnings("unchecked")
    static TimelineStateView of(TimelineState state, Instant asOf, Long upToPosition) {
        Map<String, Object> document = state.toDocument();
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) document.get("measurements");
        return new TimelineStateView(state.timelineId(), asOf, upToPosition, state.position(), state.applied(),
                (Map<String, Object>) document.get("sozialraum"), (Map<String, Object>) document.get("kommune"),
                GoalProgress.of((List<Map<String, Object>>) document.get("goals"), measurements),
                (List<Map<String, Object>>) document.get("assignments"), (List<Map<String, Object>>) document.get("decisions"),
                measurements, (List<Map<String, Object>>) document.get("participations"),
                (List<Map<String, Object>>) document.get("contributions"), (List<Map<String, Object>>) document.get("departments"),
                (List<Map<String, Object>>) document.get("indicators"));
    }
}
