package de.sozialraum.planning.sozialraum.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The predecessor's part of a merge or split, sent by {@code SozialraumRestructuring} in the same unit
 * of work as the successors' registrations: its open goals move to the successors, then it retires.
 * Answers the goals as the successors take them over ({@link CarriedGoal}).
 */
public record RetireIntoSuccessorsCommand(
        @TargetAggregateIdentifier String sozialraumId,
        Restructuring restructuring,
        List<Takeover> successors,
        String reason) {

    public RetireIntoSuccessorsCommand {
        successors = List.copyOf(successors);
    }
}
