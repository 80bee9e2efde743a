package de.sozialraum.planning.sozialraum.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetGoalCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String goalId,
        String title,
        Handlungsfeld handlungsfeld,
        LocalDate dueDate) {
}
