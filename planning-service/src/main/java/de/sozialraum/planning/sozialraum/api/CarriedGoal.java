package de.sozialraum.planning.sozialraum.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An open goal of a retiring Sozialraum as a successor takes it over: a new goal of the successor that
 * says the same and links back to the original.
 *
 * @param from the original goal in the predecessor
 * @param to   the goal in the successor; its id is {@link #idFor} both
 * @param plan what the goal says, as last revised
 */
public record CarriedGoal(GoalLink from, GoalLink to, GoalPlan plan) {

    /**
     * The id the goal {@code goalId} gets in {@code successorId}: derived from both (a name-based UUID),
     * so the same takeover always yields the same id and no two takeovers share one.
     */
    public static String idFor(String successorId, String goalId) {
        return UUID.nameUUIDFromBytes((successorId + "/" + goalId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
