package de.sozialraum.reporting.state.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a timeline said at one moment (docs/audit.md, "State as of"): its Sozialraum or Kommune with goals (measured ones
 * with their progress then), assignments, decisions, latest measurements, participation, departments and indicators —
 * each item as the entry that changed it last left it ({@code changedAt}, {@code changedBy}, {@code changedAtPosition}).
 *
 * @param timelineId   the Sozialraum id or {@code kommune:<key>}
 * @param asOf         the instant asked for: the state holds every entry that happened at or before it; {@code null}
 *                     when asked by position or for the current state
 * @param upToPosition the position asked for: the state holds the entries up to it; {@code null} otherwise
 * @param position     the last entry the state holds (0: none)
 * @param entries      how many entries the state holds
 */
public record TimelineStateView(
        String timelineId,
        Instant asOf,
        Long upToPosition,
        long position,
        long entries,
        Map<String, Object> sozialraum,
        Map<String, Object> kommune,
        List<Map<String, Object>> goals,
        List<Map<String, Object>> assignments,
        List<Map<String, Object>> decisions,
        List<Map<String, Object>> measurements,
        List<Map<String, Object>> participations,
        List<Map<String, Object>> contributions,
        List<Map<String, Object>> departments,
        List<Map<String, Object>> indicators) {
}
