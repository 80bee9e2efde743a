package de.sozialraum.planning.participation.query;

/**
 * A contribution and, once given, the answer: the goal that takes it up, the decision that answered it,
 * and the answer in words.
 */
public record ContributionView(
        String id,
        String participationId,
        String topic,
        String text,
        boolean answered,
        String goalId,
        String decisionReference,
        String answer) {
}
