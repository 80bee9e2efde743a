package de.sozialraum.planning.sozialraum.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A successor's part of a merge or split, sent by {@code SozialraumRestructuring} in the same unit of
 * work as its predecessors' retirements: registered with its predecessors and the goals it takes over.
 */
public record RegisterSuccessorCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String kommuneKey,
        NewSozialraum sozialraum,
        Restructuring restructuring,
        List<String> predecessorIds,
        List<CarriedGoal> goals) {

    public RegisterSuccessorCommand {
        predecessorIds = List.copyOf(predecessorIds);
        goals = List.copyOf(goals);
    }
}
