package de.sozialraum.planning.sozialraum.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.Takeover;
import de.sozialraum.platform.problem.RuleViolationException;

/**
 * The shape of a merge or split — how many Sozialräume on each side, none named twice — and which
 * successor takes over each open goal.
 */
final class Restructurings {

    private Restructurings() {
    }

    /** A merge joins at least two Sozialräume, each named once, into one that is none of them. */
    static void requireMerge(List<String> predecessorIds, String successorId) {
        if (predecessorIds.size() < 2) {
            throw new RuleViolationException("merge-too-few", "A merge needs at least two different Sozialräume", predecessorIds.size());
        }
        requireOnce(predecessorIds, successorId);
    }

    /** A split yields at least two Sozialräume, each named once, none of them the one split. */
    static void requireSplit(String predecessorId, List<String> successorIds) {
        if (successorIds.size() < 2) {
            throw new RuleViolationException("split-too-few", "A split needs at least two successors", successorIds.size());
        }
        requireOnce(successorIds, predecessorId);
    }

    /** What a successor must say of its predecessors: several for a merge, exactly one for a split. */
    static void requirePredecessors(Restructuring restructuring, List<String> predecessorIds, String successorId) {
        switch (restructuring) {
            case MERGE -> requireMerge(predecessorIds, successorId);
            case SPLIT -> {
                if (predecessorIds.size() != 1 || predecessorIds.contains(successorId)) {
                    throw new RuleViolationException("split-one-predecessor", "A split has exactly one predecessor", predecessorIds.size());
                }
            }
        }
    }

    /** What a retiring Sozialraum must be told of its successors: one for a merge, several for a split. */
    static void requireSuccessors(Restructuring restructuring, String predecessorId, List<String> successorIds) {
        switch (restructuring) {
            case MERGE -> {
                if (successorIds.size() != 1 || successorIds.contains(predecessorId)) {
                    throw new IllegalArgumentException("A merge has exactly one successor, not " + successorIds);
                }
            }
            case SPLIT -> requireSplit(predecessorId, successorIds);
        }
    }

    /**
     * Each of the {@code open} goals of {@code sozialraumId}, in that order, with the successor that takes it
     * over. Only open goals can be given, each to one successor; with one successor it takes every open goal,
     * with several each must be given (else {@link GoalsUnassignedException}).
     */
    static Map<String, String> successorOfEachOpenGoal(String sozialraumId, List<String> open, List<Takeover> successors) {
        Map<String, String> given = new HashMap<>();
        for (Takeover takeover : successors) {
            for (String goalId : takeover.goalIds()) {
                if (!open.contains(goalId)) {
                    throw new RuleViolationException("goal-unknown", "Goal " + goalId + " is no open goal of " + sozialraumId, goalId);
                }
                if (given.put(goalId, takeover.successorId()) != null) {
                    throw new RuleViolationException("goal-assigned-twice", "Goal " + goalId + " is given to two successors", goalId);
                }
            }
        }
        List<String> unassigned = open.stream().filter(goalId -> !given.containsKey(goalId)).toList();
        if (!unassigned.isEmpty() && successors.size() > 1) {
            throw new GoalsUnassignedException(unassigned);
        }
        Map<String, String> successorOf = new LinkedHashMap<>();
        open.forEach(goalId -> successorOf.put(goalId, given.getOrDefault(goalId, successors.get(0).successorId())));
        return successorOf;
    }

    private static void requireOnce(List<String> ids, String other) {
        Set<String> seen = new HashSet<>();
        seen.add(other);
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new RuleViolationException("sozialraum-repeated", "Sozialraum " + id + " is named twice", id);
            }
        }
    }
}
