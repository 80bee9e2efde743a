package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends a goal as achieved or abandoned.
 *
 * @param note what was reached (achieved, optional) or why it is given up (abandoned, required)
 */
public record CloseGoalCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String goalId,
        GoalOutcome outcome,
        String note) {
}
