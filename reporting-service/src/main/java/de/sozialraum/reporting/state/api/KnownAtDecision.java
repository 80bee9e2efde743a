package de.sozialraum.reporting.state.api;

import java.time.Instant;

/**
 * What the decision's timeline knew when a version of a decision was recorded: its state after every entry before the
 * version's entry (docs/audit.md, "What was known").
 *
 * @param position the position of the version's entry; the state holds the entries before it
 * @param time     when the version was recorded
 */
public record KnownAtDecision(String decisionId, int version, long position, Instant time, TimelineStateView state) {
}
