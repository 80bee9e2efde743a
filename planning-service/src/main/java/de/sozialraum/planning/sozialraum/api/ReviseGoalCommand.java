package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseGoalCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String goalId,
        GoalPlan plan,
        String reason) {
}
