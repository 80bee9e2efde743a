package de.sozialraum.reporting.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.sozialraum.reporting.timeline.api.TimelineEntry;

/**
 * Drafts of a Sozialraum's timeline with goals, assignments, measurements and decisions changing at random — seeded, so a
 * failure repeats. Times go forward, except that some entries come late: earlier than entries before them, as when a
 * service publishes with a delay.
 */
final class RandomTimeline {

    private static final String P = "de.sozialraum.planning.";
    private static final String C = "de.sozialraum.coordination.";
    private static final String[] ASSIGNMENT_STEPS = {"AssignmentAccepted.v1", "AssignmentProgressReported.v1",
            "AssignmentBlocked.v1", "AssignmentUnblocked.v1", "AssignmentCompleted.v1", "AssignmentDeclined.v1",
            "AssignmentReassigned.v1", "AssignmentCancelled.v1"};
    private static final TimelineEntry.Actor STABSSTELLE = new TimelineEntry.Actor("u-1", "Sabine Brandt", "STABSSTELLE", null);
    private static final TimelineEntry.Actor JUGENDAMT = new TimelineEntry.Actor("u-2", "Jan Jung", "DEPARTMENT_HEAD", "jugendamt");

    private final Random random;
    private final String sozialraumId = UUID.randomUUID().toString();
    private final List<String> goals = new ArrayList<>();
    private final List<String> assignments = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-05T08:00:00Z");

    RandomTimeline(long seed) {
        this.random = new Random(seed);
    }

    String sozialraumId() {
        return sozialraumId;
    }

    /**
     * {@code count} drafts; about {@code latePercent} % of them late, by up to {@code maxLateness}.
     */
    List<TimelineEntry> drafts(int count, int latePercent, Duration maxLateness) {
        List<TimelineEntry> drafts = new ArrayList<>();
        drafts.add(draft(P + "SozialraumRegistered.v1", STABSSTELLE, clock, "name", "Lobeda", "kind", "STADTTEIL"));
        while (drafts.size() < count) {
            clock = clock.plusSeconds(1 + random.nextInt(600));
            Instant time = random.nextInt(100) < latePercent
                    ? clock.minusMillis(1 + (long) (random.nextDouble() * maxLateness.toMillis())) : clock;
            drafts.add(next(time));
        }
        return drafts;
    }

    private TimelineEntry next(Instant time) {
        int dice = random.nextInt(100);
        if (dice < 10 || goals.isEmpty()) {
            String goalId = UUID.randomUUID().toString();
            goals.add(goalId);
            return draft(P + "GoalSet.v1", STABSSTELLE, time, "goalId", goalId, "title", "Ziel " + goals.size(),
                    "target", Map.of("indicatorCode", "sgb2-quote", "baseline", 20, "targetValue", 15));
        }
        if (dice < 20) {
            return draft(P + "GoalRevised.v1", STABSSTELLE, time, "goalId", pick(goals), "title", "Ziel neu " + random.nextInt(1000),
                    "revision", 1 + random.nextInt(5), "reason", "Fortschreibung");
        }
        if (dice < 30) {
            int year = 2000 + random.nextInt(30);
            return draft(P + "MeasurementRecorded.v1", STABSSTELLE, time, "indicatorCode", random.nextBoolean() ? "sgb2-quote" : "kita",
                    "period", String.valueOf(year), "periodEnd", year + "-12-31", "value", random.nextInt(400) / 10.0);
        }
        if (dice < 45 || assignments.isEmpty()) {
            String assignmentId = UUID.randomUUID().toString();
            assignments.add(assignmentId);
            return draft(C + "AssignmentIssued.v1", STABSSTELLE, time, "assignmentId", assignmentId, "department", "jugendamt",
                    "title", "Auftrag " + assignments.size(), "dueDate", "2027-06-30", "goalIds", List.of(pick(goals)));
        }
        if (dice < 85) {
            return draft(C + ASSIGNMENT_STEPS[random.nextInt(ASSIGNMENT_STEPS.length)], JUGENDAMT, time, "assignmentId",
                    pick(assignments), "department", "jugendamt", "percent", random.nextInt(101), "reason", "Grund " + dice);
        }
        if (dice < 93 || decisions.isEmpty()) {
            String decisionId = UUID.randomUUID().toString();
            decisions.add(decisionId);
            return draft(C + "DecisionRecorded.v1", STABSSTELLE, time, "decisionId", decisionId, "body", "STADTRAT",
                    "subject", "Beschluss " + decisions.size(), "references", List.of(Map.of("kind", "GOAL", "id", pick(goals))));
        }
        return draft(C + (random.nextBoolean() ? "DecisionRevoked.v1" : "DecisionImplemented.v1"), STABSSTELLE, time,
                "decisionId", pick(decisions), "reason", "überholt");
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private TimelineEntry draft(String type, TimelineEntry.Actor actor, Instant time, Object... fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sozialraumId", sozialraumId);
        data.put("kommuneKey", "16053");
        for (int i = 0; i < fields.length; i += 2) {
            data.put((String) fields[i], fields[i + 1]);
        }
        return new TimelineEntry(0, UUID.randomUUID().toString(), type, "urn:test", time, sozialraumId, "16053", actor, null, null,
                null, data);
    }
}
