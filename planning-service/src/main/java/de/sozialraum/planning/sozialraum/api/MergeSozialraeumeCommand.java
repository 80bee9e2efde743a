package de.sozialraum.planning.sozialraum.api;

import java.util.List;

/**
 * Zusammenlegung: the active Sozialräume {@code predecessorIds} (at least two, of the caller's Kommune)
 * become the new Sozialraum {@code successorId}, which takes over their open goals. Handled by
 * {@code SozialraumRestructuring} as a whole or not at all.
 */
public record MergeSozialraeumeCommand(
        String successorId,
        String kommuneKey,
        List<String> predecessorIds,
        NewSozialraum successor,
        String reason) {

    public MergeSozialraeumeCommand {
        predecessorIds = List.copyOf(predecessorIds);
    }
}
