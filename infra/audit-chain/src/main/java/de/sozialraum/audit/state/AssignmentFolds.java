package de.sozialraum.audit.state;

import static de.sozialraum.audit.state.Folds.COORDINATION;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** Assignments and their state machine (coordination-service; docs/api.md, "Assignment states"). */
final class AssignmentFolds {

    private AssignmentFolds() {
    }

    static void register(Map<String, Fold> folds) {
        folds.put(COORDINATION + "AssignmentIssued.v1", change -> {
            Map<String, Object> assignment = change.create("assignments", change.text("assignmentId"), "title", "department",
                    "dueDate", "goalIds", "description", "decisionId");
            assignment.put("priority", Objects.requireNonNullElse(change.value("priority"), "NORMAL"));
            assignment.put("status", "ISSUED");
        });
        step(folds, "AssignmentAccepted.v1", "ACCEPTED", (change, a) -> change.copy(a, "plannedCompletion"));
        step(folds, "AssignmentDeclined.v1", "DECLINED", (change, a) -> a.put("reason", change.value("reason")));
        step(folds, "AssignmentProgressReported.v1", "IN_PROGRESS", (change, a) -> change.copy(a, "percent", "note"));
        step(folds, "AssignmentBlocked.v1", "BLOCKED", (change, a) -> a.put("reason", change.value("reason")));
        step(folds, "AssignmentUnblocked.v1", "IN_PROGRESS", (change, a) -> a.put("reason", change.value("reason")));
        step(folds, "AssignmentCompleted.v1", "COMPLETED", (change, a) -> change.copy(a, "outcome", "evidence"));
        step(folds, "AssignmentCancelled.v1", "CANCELLED", (change, a) -> a.put("reason", change.value("reason")));
        step(folds, "AssignmentCounterProposed.v1", "COUNTER_PROPOSED", (change, a) -> a.put("proposal",
                change.copy(new LinkedHashMap<>(), "dueDate", "proposedDepartment", "reason")));
        folds.put(COORDINATION + "AssignmentProposalAccepted.v1", change -> change.change("assignments", change.text("assignmentId"))
                .ifPresent(a -> {
                    // the same department takes it on the agreed date; another one has to answer it first
                    boolean sameDepartment = Objects.equals(change.value("department"), change.value("previousDepartment"));
                    a.put("status", sameDepartment ? "ACCEPTED" : "ISSUED");
                    if (!sameDepartment) {
                        forgetPreviousDepartment(a);
                    }
                    change.copy(a, "department", "dueDate");
                    a.put("proposal", null);
                }));
        step(folds, "AssignmentProposalRejected.v1", "ISSUED", (change, a) -> {
            a.put("reason", change.value("reason"));
            a.put("proposal", null);
        });
        step(folds, "AssignmentReassigned.v1", "ISSUED", (change, a) -> {
            forgetPreviousDepartment(a);
            change.copy(a, "department");
            a.put("reason", change.value("reason"));
            a.put("proposal", null);
        });
    }

    /** What the previous department said and did does not hold for the next one (docs/api.md, the assignment view). */
    private static void forgetPreviousDepartment(Map<String, Object> assignment) {
        assignment.remove("plannedCompletion");
        assignment.remove("percent");
        assignment.remove("note");
    }

    /** A transition to {@code status} that records some fields of the event. */
    private static void step(Map<String, Fold> folds, String type, String status, BiConsumer<Change, Map<String, Object>> record) {
        folds.put(COORDINATION + type, change -> change.change("assignments", change.text("assignmentId")).ifPresent(assignment -> {
            assignment.put("status", status);
            record.accept(change, assignment);
        }));
    }
}
