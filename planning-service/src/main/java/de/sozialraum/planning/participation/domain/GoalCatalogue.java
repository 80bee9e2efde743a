package de.sozialraum.planning.participation.domain;

/** Which goals a Sozialraum has, for linking a contribution to the goal that takes it up. A domain service. */
@FunctionalInterface
public interface GoalCatalogue {

    boolean isGoalOf(String goalId, String sozialraumId);
}
