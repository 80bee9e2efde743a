package de.sozialraum.audit.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The folds by entry type: planning's and coordination's events as the event catalogue (docs/events.md) describes them. */
final class Folds {

    static final String PLANNING = "de.sozialraum.planning.";
    static final String COORDINATION = "de.sozialraum.coordination.";

    private static final Map<String, String> ID_FIELDS = Map.of("goals", "goalId", "assignments", "assignmentId",
            "decisions", "decisionId", "measurements", "indicatorCode", "participations", "participationId",
            "contributions", "contributionId", "departments", "departmentKey", "indicators", "code");

    private static final Map<String, Fold> BY_TYPE = new HashMap<>();

    static {
        SozialraumFolds.register(BY_TYPE);
        AssignmentFolds.register(BY_TYPE);
        DecisionFolds.register(BY_TYPE);
        KommuneFolds.register(BY_TYPE);
    }

    private Folds() {
    }

    static Optional<Fold> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The field that names an item of a section, e.g. {@code goalId} for {@code goals}. */
    static String idField(String section) {
        return ID_FIELDS.get(section);
    }
}
