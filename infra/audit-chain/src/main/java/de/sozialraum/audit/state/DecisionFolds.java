package de.sozialraum.audit.state;

import static de.sozialraum.audit.state.Folds.COORDINATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Decisions (Beschlüsse): their current version, whether in force, and how far their mandates are implemented. */
final class DecisionFolds {

    private static final String[] CONTENT = {"decidedOn", "subject", "rationale", "votes", "references"};

    private DecisionFolds() {
    }

    static void register(Map<String, Fold> folds) {
        folds.put(COORDINATION + "DecisionRecorded.v1", change -> {
            Map<String, Object> decision = change.create("decisions", change.text("decisionId"), "sozialraumId", "body",
                    "bodyName");
            change.copy(decision, CONTENT);
            change.copy(decision, "mandates");
            decision.put("version", 1);
            decision.put("status", "IN_FORCE");
            decision.put("implementation", "OPEN");
            decision.put("notIssued", List.of());
        });
        decision(folds, "DecisionAmended.v1", (change, decision) -> {
            change.copy(decision, CONTENT);
            change.copy(decision, "version", "changed");
            decision.put("amendmentReason", change.value("reason"));
        });
        decision(folds, "DecisionRevoked.v1", (change, decision) -> {
            decision.put("status", "REVOKED");
            decision.put("revocationReason", change.value("reason"));
        });
        decision(folds, "MandateNotIssued.v1", (change, decision) -> {
            List<Object> notIssued = new ArrayList<>((List<?>) decision.get("notIssued"));
            notIssued.add(change.value("assignmentId"));
            decision.put("notIssued", notIssued);
        });
        decision(folds, "DecisionImplemented.v1", (change, decision) -> {
            decision.put("implementation", "IMPLEMENTED");
            decision.put("conclusive", true);
        });
        decision(folds, "DecisionPartiallyImplemented.v1", (change, decision) -> {
            decision.put("implementation", "PARTIALLY_IMPLEMENTED");
            change.copy(decision, "conclusive");
        });
    }

    private static void decision(Map<String, Fold> folds, String type,
                                 BiConsumer<Change, Map<String, Object>> record) {
        folds.put(COORDINATION + type, change -> change.change("decisions", change.text("decisionId"))
                .ifPresent(decision -> record.accept(change, decision)));
    }
}
