package de.sozialraum.planning.sozialraum.api;

import java.util.Set;

/**
 * One successor of a retiring Sozialraum and the open goals it takes over. With a single successor
 * (a merge) it takes over every open goal and {@code goalIds} may stay empty; with several (a split)
 * each open goal must be named by exactly one of them.
 */
public record Takeover(String successorId, Set<String> goalIds) {

    public Takeover {
        goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
    }
}
