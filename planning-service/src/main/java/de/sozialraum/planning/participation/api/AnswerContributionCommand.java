package de.sozialraum.planning.participation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "You said — we did": what the Kommune did with a contribution.
 *
 * @param sozialraumId      the Sozialraum the caller addressed; the format must belong to it
 * @param goalId            the goal of the same Sozialraum that takes it up, or {@code null}
 * @param decisionReference the decision (Beschluss) that answered it, e.g. its number, or {@code null}
 * @param note              the answer in words; required
 */
public record AnswerContributionCommand(
        @TargetAggregateIdentifier String participationId,
        String sozialraumId,
        String contributionId,
        String goalId,
        String decisionReference,
        String note) {
}
