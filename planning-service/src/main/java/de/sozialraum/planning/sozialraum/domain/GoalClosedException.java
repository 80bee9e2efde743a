package de.sozialraum.planning.sozialraum.domain;

import java.util.Map;

import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.platform.problem.ConflictException;

/** An achieved or abandoned goal takes no further change (409), naming how it ended. */
public class GoalClosedException extends ConflictException {

    private final GoalOutcome outcome;

    GoalClosedException(String goalId, GoalOutcome outcome) {
        super("goal-closed", "Goal " + goalId + " is " + outcome, goalId, outcome);
        this.outcome = outcome;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", outcome.name());
    }
}
