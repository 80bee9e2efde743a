package de.sozialraum.reporting.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.api.DecisionHistory;
import de.sozialraum.reporting.state.api.DecisionHistory.ResolvedReference;
import de.sozialraum.reporting.state.api.DecisionHistory.Step;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline.TimelineHead;

/** A decision's history from the timeline, its references resolved as of each version (docs/audit.md, "Decision history"). */
public class DecisionHistories {

    static final String RECORDED = "de.sozialraum.coordination.DecisionRecorded.v1";
    static final String AMENDED = "de.sozialraum.coordination.DecisionAmended.v1";
    static final String REVOKED = "de.sozialraum.coordination.DecisionRevoked.v1";
    private static final Map<String, String> SECTIONS = Map.of("GOAL", "goals", "ASSIGNMENT", "assignments",
            "MEASUREMENT", "measurements", "CONTRIBUTION", "contributions");

    private final MongoTimeline timeline;
    private final TimelineStates states;

    public DecisionHistories(MongoTimeline timeline, TimelineStates states) {
        this.timeline = timeline;
        this.states = states;
    }

    /** The decision's entries, in timeline order; empty if the timeline has none. */
    public List<TimelineEntry> entries(String decisionId) {
        return timeline.entriesOfAggregate("Decision", decisionId);
    }

    /** The entry that made a version of the decision, among its entries. */
    public static Optional<TimelineEntry> versionEntry(List<TimelineEntry> entries, int version) {
        return entries.stream().filter(entry -> Objects.equals(version(entry), version)).findFirst();
    }

    /** The history of a decision from its entries (not empty), resolved for a reader of the decision's Kommune. */
    public DecisionHistory history(String decisionId, List<TimelineEntry> entries) {
        TimelineEntry first = entries.get(0);
        Resolver resolver = new Resolver(first.timelineId(), first.kommune());
        List<Step> steps = entries.stream().map(entry -> {
            Integer version = version(entry);
            List<ResolvedReference> references = version == null ? List.of() : resolver.references(entry);
            String knownAt = version == null ? null : "/api/audit/decisions/%s/known?version=%d".formatted(decisionId, version);
            return new Step(entry.position(), entry.type(), entry.time(), entry.actor(), version, why(entry), entry.data(),
                    references, knownAt);
        }).toList();
        return new DecisionHistory(decisionId, first.timelineId(), first.kommune(), steps);
    }

    static Integer version(TimelineEntry entry) {
        return switch (entry.type()) {
            case RECORDED -> 1;
            case AMENDED -> ((Number) entry.data().get("version")).intValue();
            default -> null;
        };
    }

    private static String why(TimelineEntry entry) {
        Object why = RECORDED.equals(entry.type()) ? entry.data().get("rationale") : entry.data().get("reason");
        return why == null ? null : why.toString();
    }

    /** Resolves references, reading each state it needs once. */
    private final class Resolver {

        private final String decisionTimeline;
        private final String kommune;
        private final Map<String, TimelineState> read = new HashMap<>();

        Resolver(String decisionTimeline, String kommune) {
            this.decisionTimeline = decisionTimeline;
            this.kommune = kommune;
        }

        List<ResolvedReference> references(TimelineEntry version) {
            List<ResolvedReference> resolved = new ArrayList<>();
            if (version.data().get("references") instanceof List<?> references) {
                for (Object reference : references) {
                    resolved.add(resolve((Map<?, ?>) reference, version));
                }
            }
            return resolved;
        }

        private ResolvedReference resolve(Map<?, ?> reference, TimelineEntry version) {
            String kind = String.valueOf(reference.get("kind"));
            String id = String.valueOf(reference.get("id"));
            String sozialraumId = (String) reference.get("sozialraumId");
            String timelineId = Objects.requireNonNullElse(sozialraumId,
                    Objects.requireNonNullElse((String) version.data().get("sozialraumId"), decisionTimeline));
            boolean own = timelineId.equals(decisionTimeline);
            Optional<TimelineState> state = own ? Optional.of(before(version))
                    : readable(timelineId) ? Optional.of(asOf(timelineId, version)) : Optional.empty();
            Optional<Map<String, Object>> item = state.flatMap(s -> SECTIONS.containsKey(kind) ? s.item(SECTIONS.get(kind), id)
                    : Optional.empty());
            return new ResolvedReference(kind, id, sozialraumId, item.isPresent(), item.orElse(null), timelineId,
                    own ? version.position() - 1 : null, own ? null : version.time());
        }

        private TimelineState before(TimelineEntry version) {
            return read.computeIfAbsent(decisionTimeline + "@" + (version.position() - 1),
                    key -> states.atPosition(decisionTimeline, version.position() - 1));
        }

        private TimelineState asOf(String timelineId, TimelineEntry version) {
            return read.computeIfAbsent(timelineId + "@" + version.time(), key -> states.asOf(timelineId, version.time()));
        }

        /** Only timelines of the decision's Kommune: another Kommune's Sozialraum does not exist for its reader. */
        private boolean readable(String timelineId) {
            return timeline.head(timelineId).map(TimelineHead::kommune).filter(kommune::equals).isPresent();
        }
    }
}
