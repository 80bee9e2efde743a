package de.sozialraum.coordination.decision.api;

import de.sozialraum.platform.publication.PublishedAs;

/** The decision was revoked (aufgehoben), with the reason; the mandate saga cancels its open assignments. */
@PublishedAs("de.sozialraum.coordination.DecisionRevoked.v1")
public record DecisionRevokedEvent(String decisionId, String kommuneKey, String sozialraumId, String reason)
        implements DecisionTimeline {
}
