package de.sozialraum.audit.state;

import static de.sozialraum.audit.state.Folds.PLANNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Sozialraum itself, its goals, measured values and participation (planning-service). */
final class SozialraumFolds {

    private static final String[] GOAL_FIELDS = {"title", "handlungsfeld", "dueDate", "leitziel", "targetGroups",
            "leadDepartment", "target"};

    private SozialraumFolds() {
    }

    static void register(Map<String, Fold> folds) {
        folds.put(PLANNING + "SozialraumRegistered.v1", SozialraumFolds::registered);
        folds.put(PLANNING + "SozialraumRenamed.v1", change -> sozialraum(change).ifPresent(s -> change.copy(s, "name")));
        folds.put(PLANNING + "SozialraumBoundaryChanged.v1",
                change -> sozialraum(change).ifPresent(s -> s.put("boundaryChangeReason", change.value("reason"))));
        folds.put(PLANNING + "SozialraumRetired.v1", SozialraumFolds::retired);
        folds.put(PLANNING + "GoalSet.v1", change -> {
            Map<String, Object> goal = change.create("goals", change.text("goalId"), GOAL_FIELDS);
            change.copy(goal, "carriedOverFrom");
            goal.put("status", "OPEN");
            goal.put("revision", 0);
        });
        folds.put(PLANNING + "GoalRevised.v1", change -> change.change("goals", change.text("goalId")).ifPresent(goal -> {
            change.copy(goal, GOAL_FIELDS);
            change.copy(goal, "revision");
            goal.put("revisionReason", change.value("reason"));
        }));
        folds.put(PLANNING + "GoalClosed.v1", change -> change.change("goals", change.text("goalId")).ifPresent(goal -> {
            goal.put("status", change.value("outcome"));
            goal.put("closingNote", change.value("note"));
            change.copy(goal, "carriedOverTo");
        }));
        folds.put(PLANNING + "MeasurementRecorded.v1", change -> measured(change, change.text("indicatorCode"),
                change.value("period"), change.value("periodEnd"), change.value("value")));
        folds.put(PLANNING + "MeasurementsImported.v1", change -> {
            for (Object value : change.list("values")) {
                Map<?, ?> reading = (Map<?, ?>) value;
                measured(change, change.text("indicatorCode"), reading.get("period"), reading.get("periodEnd"), reading.get("value"));
            }
        });
        folds.put(PLANNING + "ParticipationRecorded.v1", change -> change.create("participations",
                change.text("participationId"), "kind", "title", "heldOn", "participants", "groupsReached"));
        folds.put(PLANNING + "ContributionReceived.v1", change -> change.create("contributions",
                change.text("contributionId"), "participationId", "topic", "text").put("answer", null));
        folds.put(PLANNING + "ContributionAnswered.v1", change -> change.change("contributions", change.text("contributionId"))
                .ifPresent(contribution -> contribution.put("answer",
                        change.copy(new LinkedHashMap<>(), "goalId", "decisionReference", "note"))));
    }

    private static void registered(Change change) {
        Map<String, Object> sozialraum = change.copy(new LinkedHashMap<>(), "sozialraumId", "kommuneKey", "name", "kind",
                "parentId", "population", "restructuring");
        sozialraum.put("predecessorIds", List.copyOf(change.list("predecessorIds")));
        sozialraum.put("status", "ACTIVE");
        change.state().sozialraum(change.stamp(sozialraum));
    }

    private static void retired(Change change) {
        sozialraum(change).ifPresent(sozialraum -> {
            sozialraum.put("status", "RETIRED");
            sozialraum.put("retirementReason", change.value("reason"));
            sozialraum.put("retiredBy", change.value("restructuring"));
            sozialraum.put("successorIds", List.copyOf(change.list("successorIds")));
        });
    }

    private static Optional<Map<String, Object>> sozialraum(Change change) {
        return Optional.ofNullable(change.state().sozialraum()).map(change::stamp);
    }

    /** Keeps the latest value of each indicator: the one with the latest Stichtag (one value per period). */
    private static void measured(Change change, String indicatorCode, Object period, Object periodEnd, Object value) {
        Map<String, Object> latest = change.state().section("measurements").get(indicatorCode);
        if (latest != null && periodEnd.toString().compareTo(latest.get("periodEnd").toString()) < 0) {
            return;
        }
        Map<String, Object> reading = change.create("measurements", indicatorCode);
        reading.put("period", period);
        reading.put("periodEnd", periodEnd);
        reading.put("value", value);
    }
}
