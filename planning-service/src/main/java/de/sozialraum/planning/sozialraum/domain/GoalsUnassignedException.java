package de.sozialraum.planning.sozialraum.domain;

import java.util.List;
import java.util.Map;

import de.sozialraum.platform.problem.RuleViolationException;

/** A split must say which successor takes over each open goal (422); lists those it did not place. */
public class GoalsUnassignedException extends RuleViolationException {

    private final List<String> unassignedGoals;

    GoalsUnassignedException(List<String> unassignedGoals) {
        super("goals-unassigned", "Open goals without a successor: " + unassignedGoals, String.join(", ", unassignedGoals));
        this.unassignedGoals = List.copyOf(unassignedGoals);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("unassignedGoals", unassignedGoals);
    }
}
