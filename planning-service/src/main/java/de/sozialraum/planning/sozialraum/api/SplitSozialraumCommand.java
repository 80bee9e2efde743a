package de.sozialraum.planning.sozialraum.api;

import java.util.List;
import java.util.Set;

/**
 * Teilung: the active Sozialraum {@code sozialraumId} becomes the new Sozialräume {@code successors}
 * (at least two); each of its open goals moves to the one successor that names it. Handled by
 * {@code SozialraumRestructuring} as a whole or not at all.
 */
public record SplitSozialraumCommand(
        String sozialraumId,
        List<Successor> successors,
        String reason) {

    public SplitSozialraumCommand {
        successors = List.copyOf(successors);
    }

    /** A new Sozialraum of the split and the open goals of the old one it takes over. */
    public record Successor(String sozialraumId, NewSozialraum sozialraum, Set<String> goalIds) {

        public Successor {
            goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
        }
    }
}
