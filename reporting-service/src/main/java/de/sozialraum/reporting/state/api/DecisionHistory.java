package de.sozialraum.reporting.state.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.sozialraum.reporting.timeline.api.TimelineEntry;

/**
 * Every entry of one decision (Beschluss) — recorded, each amendment, revocation, its mandates' outcome — with who, when
 * and why, and the references of each version resolved as of that version (docs/audit.md, "Decision history").
 *
 * @param timelineId the timeline the decision is on: its Sozialraum's, or its Kommune's for a decision without Sozialraum
 */
public record DecisionHistory(String decisionId, String timelineId, String kommuneKey, List<Step> steps) {

    /**
     * @param version    the decision's version this entry made (1 recorded, 2 … amended); {@code null} for other entries
     * @param why        the rationale of version 1, the reason of an amendment or revocation
     * @param data       the entry's payload as published
     * @param references for a version: what each reference said then; empty otherwise
     * @param knownAt    for a version: where to read everything its timeline knew just before it
     */
    public record Step(long position, String type, Instant time, TimelineEntry.Actor actor, Integer version, String why,
                       Map<String, Object> data, List<ResolvedReference> references, String knownAt) {
    }

    /**
     * A reference of a version, as of that version: for a reference on the decision's own timeline, after the entries just
     * before the version; for one on another Sozialraum's timeline, after the entries that happened by the version's time.
     *
     * @param known        whether the referenced item existed then (false also for a timeline the reader may not read)
     * @param item         the item as it was then: a goal, an assignment, the latest value of an indicator (id = indicator
     *                     code), a participation contribution
     * @param timelineId   the timeline it was resolved on
     * @param upToPosition resolved after the entries up to this position (the decision's own timeline), or
     * @param asOf         resolved as of this instant (another timeline)
     */
    public record ResolvedReference(String kind, String id, String sozialraumId, boolean known, Map<String, Object> item,
                                    String timelineId, Long upToPosition, Instant asOf) {
    }
}
