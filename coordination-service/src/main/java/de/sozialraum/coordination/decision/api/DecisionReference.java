package de.sozialraum.coordination.decision.api;

/**
 * Something a decision refers to. A goal must be a known goal of its Sozialraum ({@code sozialraumId}, or
 * the decision's). Assignments, measurements and contributions are taken as given: the audit (issue 7)
 * resolves them as of the decision's time.
 */
public record DecisionReference(ReferenceKind kind, String id, String sozialraumId) {
}
