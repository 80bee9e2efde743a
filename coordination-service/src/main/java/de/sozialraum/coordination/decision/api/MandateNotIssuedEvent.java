package de.sozialraum.coordination.decision.api;

import de.sozialraum.platform.publication.PublishedAs;

/** A mandate's assignment could not be issued; {@code problemCode} says why (e.g. {@code department-unknown}). */
@PublishedAs("de.sozialraum.coordination.MandateNotIssued.v1")
public record MandateNotIssuedEvent(String decisionId, String kommuneKey, String sozialraumId, String assignmentId,
                                    String department, String problemCode) implements DecisionTimeline {
}
