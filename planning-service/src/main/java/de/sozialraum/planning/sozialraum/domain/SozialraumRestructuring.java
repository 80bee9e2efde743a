package de.sozialraum.planning.sozialraum.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.sozialraum.api.CarriedGoal;
import de.sozialraum.planning.sozialraum.api.MergeSozialraeumeCommand;
import de.sozialraum.planning.sozialraum.api.RegisterSuccessorCommand;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.RetireIntoSuccessorsCommand;
import de.sozialraum.planning.sozialraum.api.SplitSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.Takeover;
import de.sozialraum.platform.actor.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Merges and splits Sozialräume: one command that touches several {@link Sozialraum} aggregates. It sends
 * each aggregate its part — every predecessor {@link RetireIntoSuccessorsCommand}, then every successor
 * {@link RegisterSuccessorCommand} — on the same thread, so each runs in a unit of work nested in this
 * one. Their events are stored only when this unit of work commits, all together in one commit of the
 * event store (one document: all or nothing); any refusal on the way rolls everything back, and a
 * concurrent change to any predecessor fails the whole commit (docs/adr/0010-merge-and-split-in-one-commit.md).
 */
public class SozialraumRestructuring {

    private final CommandGateway commands;

    public SozialraumRestructuring(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * The predecessors in id order, so that two merges over the same Sozialräume take their locks in
     * the same order. Answers the successor's id.
     */
    @CommandHandler
    public String handle(MergeSozialraeumeCommand command, Actor actor) {
        PlanningAccessRules.restructureSozialraeume(actor, command.kommuneKey());
        Restructurings.requireMerge(command.predecessorIds(), command.successorId());
        List<Takeover> all = List.of(new Takeover(command.successorId(), Set.of()));
        List<CarriedGoal> carried = new ArrayList<>();
        command.predecessorIds().stream().sorted().forEach(predecessorId -> carried.addAll(commands.<List<CarriedGoal>>sendAndWait(
                new RetireIntoSuccessorsCommand(predecessorId, Restructuring.MERGE, all, command.reason()))));
        commands.sendAndWait(new RegisterSuccessorCommand(command.successorId(), command.kommuneKey(), command.successor(),
                Restructuring.MERGE, command.predecessorIds(), carried));
        return command.successorId();
    }

    /**
     * The Sozialraum split is checked first (access, then its state and the placement of its goals); the
     * successors belong to its Kommune, which the check showed is the caller's. Answers the successors' ids.
     */
    @CommandHandler
    public List<String> handle(SplitSozialraumCommand command, Actor actor) {
        List<Takeover> takeovers = command.successors().stream()
                .map(successor -> new Takeover(successor.sozialraumId(), successor.goalIds()))
                .toList();
        List<CarriedGoal> carried = commands.sendAndWait(
                new RetireIntoSuccessorsCommand(command.sozialraumId(), Restructuring.SPLIT, takeovers, command.reason()));
        for (SplitSozialraumCommand.Successor successor : command.successors()) {
            commands.sendAndWait(new RegisterSuccessorCommand(successor.sozialraumId(), actor.kommune(), successor.sozialraum(),
                    Restructuring.SPLIT, List.of(command.sozialraumId()),
                    carried.stream().filter(goal -> goal.to().sozialraumId().equals(successor.sozialraumId())).toList()));
        }
        return takeovers.stream().map(Takeover::successorId).toList();
    }
}
