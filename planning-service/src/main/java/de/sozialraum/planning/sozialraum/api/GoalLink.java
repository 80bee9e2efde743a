package de.sozialraum.planning.sozialraum.api;

/** A goal of another Sozialraum: where a carried-over goal came from, or went to. */
public record GoalLink(String sozialraumId, String goalId) {
}
