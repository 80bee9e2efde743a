package de.sozialraum.coordination.decision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.Mandate;
import de.sozialraum.coordination.decision.api.MandateIds;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.ReferenceKind;
import de.sozialraum.coordination.decision.api.Votes;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.problem.RuleViolationException;

/**
 * What a decision must satisfy when recorded or amended (422 otherwise). Mandates are checked as strictly
 * as an assignment the Stabsstelle issues, so that the saga that issues them rarely fails.
 */
final class DecisionChecks {

    private DecisionChecks() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("decision-text-missing", "A decision needs its " + field, field);
        }
        return value.strip();
    }

    static String bodyName(DecisionBody body, String bodyName) {
        if (body == null) {
            throw new RuleViolationException("decision-text-missing", "A decision needs its body", "body");
        }
        if (body == DecisionBody.OTHER) {
            return text(bodyName, "bodyName");
        }
        return bodyName == null || bodyName.isBlank() ? null : bodyName.strip();
    }

    static LocalDate decidedOn(LocalDate decidedOn, LocalDate today) {
        if (decidedOn == null) {
            throw new RuleViolationException("decision-text-missing", "A decision needs its date", "decidedOn");
        }
        if (decidedOn.isAfter(today)) {
            throw new RuleViolationException("decision-date-future", "Decision date " + decidedOn + " lies in the future", decidedOn);
        }
        return decidedOn;
    }

    static Votes votes(Votes votes) {
        if (votes != null && !votes.nonNegative()) {
            throw new RuleViolationException("decision-votes-invalid", "Vote counts must not be negative");
        }
        return votes;
    }

    /** A Sozialraum of the Kommune that planning has not retired. */
    static void sozialraum(SozialraumDirectory sozialraeume, String kommuneKey, String sozialraumId) {
        if (!sozialraeume.kommuneOf(sozialraumId).filter(kommuneKey::equals).isPresent()) { // another Kommune's is unknown here
            throw new RuleViolationException("sozialraum-unknown", "Sozialraum " + sozialraumId + " is unknown", sozialraumId);
        }
        if (sozialraeume.isRetired(sozialraumId)) {
            throw new RuleViolationException("sozialraum-retired", "Sozialraum " + sozialraumId + " is retired", sozialraumId);
        }
    }

    /** Goals must be known goals of their Sozialraum (of the Kommune); the other kinds only need an id. */
    static List<DecisionReference> references(SozialraumDirectory sozialraeume, String kommuneKey, String decisionSozialraum,
                                              List<DecisionReference> references) {
        List<DecisionReference> checked = new ArrayList<>();
        Map<String, Set<String>> goalsBySozialraum = new TreeMap<>();
        for (DecisionReference reference : references) {
            if (reference == null || reference.kind() == null || reference.id() == null || reference.id().isBlank()) {
                throw new RuleViolationException("decision-reference-invalid", "A reference needs its kind and id");
            }
            String sozialraumId = blankToNull(reference.sozialraumId());
            if (reference.kind() == ReferenceKind.GOAL) {
                sozialraumId = sozialraumId != null ? sozialraumId : decisionSozialraum;
                if (sozialraumId == null) {
                    throw new RuleViolationException("decision-reference-sozialraum-missing",
                            "Goal " + reference.id() + " needs its Sozialraum", reference.id());
                }
                if (!sozialraeume.kommuneOf(sozialraumId).filter(kommuneKey::equals).isPresent()) {
                    throw new RuleViolationException("sozialraum-unknown", "Sozialraum " + sozialraumId + " is unknown", sozialraumId);
                }
                goalsBySozialraum.computeIfAbsent(sozialraumId, key -> new TreeSet<>()).add(reference.id().strip());
            }
            checked.add(new DecisionReference(reference.kind(), reference.id().strip(), sozialraumId));
        }
        goalsBySozialraum.forEach((sozialraumId, goals) -> {
            Set<String> unknown = new TreeSet<>(sozialraeume.unknownGoals(sozialraumId, goals));
            if (!unknown.isEmpty()) {
                String names = String.join(", ", unknown);
                throw new RuleViolationException("goal-unknown", "Goals " + names + " are unknown in this Sozialraum", names);
            }
        });
        return checked;
    }

    /** Each mandate: a Sozialraum (its own or the decision's), an active department of the Kommune, a due date not past. */
    static List<MandatedAssignment> mandates(SozialraumDirectory sozialraeume, DepartmentCatalogue departments, String kommuneKey,
                                             String decisionId, String decisionSozialraum, List<Mandate> mandates, LocalDate today) {
        List<MandatedAssignment> checked = new ArrayList<>();
        for (int index = 0; index < mandates.size(); index++) {
            Mandate mandate = mandates.get(index);
            String sozialraumId = blankToNull(mandate.sozialraumId()) != null ? mandate.sozialraumId().strip() : decisionSozialraum;
            if (sozialraumId == null) {
                throw new RuleViolationException("mandate-sozialraum-missing", "Mandate " + (index + 1) + " needs a Sozialraum", index + 1);
            }
            sozialraum(sozialraeume, kommuneKey, sozialraumId);
            if (mandate.department() == null || !departments.isActive(kommuneKey, mandate.department())) {
                throw new RuleViolationException("department-unknown", "Department " + mandate.department() + " is unknown",
                        mandate.department());
            }
            if (mandate.dueDate() == null || mandate.dueDate().isBefore(today)) {
                throw new RuleViolationException("mandate-due-date-past", "Mandate " + (index + 1) + " is due in the past", index + 1);
            }
            checked.add(new MandatedAssignment(MandateIds.of(decisionId, index), sozialraumId, mandate.department(),
                    text(mandate.title(), "title"), blankToNull(mandate.description()), mandate.dueDate(),
                    mandate.priority() == null ? AssignmentPriority.NORMAL : mandate.priority()));
        }
        return checked;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
