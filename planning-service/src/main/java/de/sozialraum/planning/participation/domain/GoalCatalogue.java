package de.sozialraum.planning.participation.domain;

/** Which goals of a Sozialraum are open, for linking a contribution to the goal that takes it up. A domain service. */
@FunctionalInterface
public interface GoalCatalogue {

    boolean isOpenGoalOf(String goalId, String sozialraumId);
}
