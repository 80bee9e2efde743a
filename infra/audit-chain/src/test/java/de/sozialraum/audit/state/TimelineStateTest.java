package de.sozialraum.audit.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.CheckpointCheck;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class TimelineStateTest {

    private static final String P = "de.sozialraum.planning.";
    private static final String C = "de.sozialraum.coordination.";
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final ChainEntry.Actor STABSSTELLE = new ChainEntry.Actor("u1", "Sabine Stab", "STABSSTELLE", null);
    private static final ChainEntry.Actor JUGENDAMT = new ChainEntry.Actor("u2", "Jana Jung", "LEITUNG", "jugendamt");

    private final List<ChainEntry> entries = new ArrayList<>();

    @Test
    void anAssignmentFollowsTheStateMachineAndRemembersWhoChangedItLast() {
        add(C + "AssignmentIssued.v1", STABSSTELLE, "assignmentId", "a1", "department", "jugendamt", "title", "Streetwork",
                "dueDate", "2027-03-31", "goalIds", List.of("g1"));
        add(C + "AssignmentCounterProposed.v1", JUGENDAMT, "assignmentId", "a1", "department", "jugendamt",
                "dueDate", "2027-06-30", "reason", "Personal fehlt");
        add(C + "AssignmentProposalAccepted.v1", STABSSTELLE, "assignmentId", "a1", "department", "jugendamt",
                "previousDepartment", "jugendamt", "dueDate", "2027-06-30");
        add(C + "AssignmentProgressReported.v1", JUGENDAMT, "assignmentId", "a1", "percent", 40, "note", "läuft");

        Map<String, Object> assignment = item(replay(), "assignments", 0);

        assertThat(assignment).containsEntry("status", "IN_PROGRESS").containsEntry("percent", 40)
                .containsEntry("dueDate", "2027-06-30").containsEntry("priority", "NORMAL").containsEntry("proposal", null)
                .containsEntry("changedAtPosition", 4L).containsEntry("changedAt", "2026-11-26T09:03:00.000Z");
        assertThat((Map<String, Object>) assignment.get("changedBy")).containsEntry("name", "Jana Jung")
                .containsEntry("department", "jugendamt").doesNotContainKey("unknown");
    }

    @Test
    void aProposalOfAnotherDepartmentLeavesTheAssignmentToBeAnsweredByIt() {
        add(C + "AssignmentIssued.v1", STABSSTELLE, "assignmentId", "a1", "department", "jugendamt", "priority", "HIGH");
        add(C + "AssignmentCounterProposed.v1", JUGENDAMT, "assignmentId", "a1", "proposedDepartment", "sozialamt");
        add(C + "AssignmentProposalAccepted.v1", STABSSTELLE, "assignmentId", "a1", "department", "sozialamt",
                "previousDepartment", "jugendamt", "dueDate", "2027-03-31");

        assertThat(item(replay(), "assignments", 0)).containsEntry("status", "ISSUED").containsEntry("department", "sozialamt")
                .containsEntry("priority", "HIGH");
    }

    @Test
    void aGoalIsRevisedAndClosedAndProgressComesFromTheLatestStichtag() {
        add(P + "GoalSet.v1", STABSSTELLE, "goalId", "g1", "title", "Kinderarmut senken", "target",
                Map.of("indicatorCode", "sgb2-quote", "baseline", 20, "targetValue", 15));
        add(P + "GoalRevised.v1", STABSSTELLE, "goalId", "g1", "title", "Kinderarmut deutlich senken", "revision", 1,
                "reason", "Beschluss");
        add(P + "MeasurementRecorded.v1", STABSSTELLE, "indicatorCode", "sgb2-quote", "period", "2026", "periodEnd", "2026-12-31",
                "value", 18.5);
        add(P + "MeasurementsImported.v1", STABSSTELLE, "indicatorCode", "sgb2-quote", "values",
                List.of(Map.of("period", "2025", "periodEnd", "2025-12-31", "value", 19)));
        add(P + "GoalClosed.v1", STABSSTELLE, "goalId", "g1", "outcome", "ACHIEVED", "note", "erreicht");

        TimelineState state = replay();

        assertThat(item(state, "goals", 0)).containsEntry("title", "Kinderarmut deutlich senken").containsEntry("revision", 1)
                .containsEntry("revisionReason", "Beschluss").containsEntry("status", "ACHIEVED")
                .containsEntry("closingNote", "erreicht");
        assertThat(item(state, "measurements", 0)).containsEntry("period", "2026").containsEntry("value", 18.5);
    }

    @Test
    void aDecisionKeepsItsLatestVersionAndWhetherItIsInForce() {
        add(C + "DecisionRecorded.v1", STABSSTELLE, "decisionId", "d1", "body", "STADTRAT", "subject", "Streetwork",
                "references", List.of(Map.of("kind", "GOAL", "id", "g1")), "mandates", List.of());
        add(C + "DecisionAmended.v1", STABSSTELLE, "decisionId", "d1", "version", 2, "subject", "Streetwork ausbauen",
                "changed", List.of("subject"), "reason", "Tippfehler");
        add(C + "MandateNotIssued.v1", null, "decisionId", "d1", "assignmentId", "m1");
        add(C + "DecisionPartiallyImplemented.v1", null, "decisionId", "d1", "conclusive", false);
        add(C + "DecisionRevoked.v1", STABSSTELLE, "decisionId", "d1", "reason", "überholt");

        assertThat(item(replay(), "decisions", 0)).containsEntry("version", 2).containsEntry("subject", "Streetwork ausbauen")
                .containsEntry("status", "REVOKED").containsEntry("revocationReason", "überholt")
                .containsEntry("implementation", "PARTIALLY_IMPLEMENTED").containsEntry("conclusive", false)
                .containsEntry("notIssued", List.of("m1")).containsEntry("body", "STADTRAT");
    }

    @Test
    void aKommuneTimelineKnowsItsDepartmentsIndicatorsAndNeedIndex() {
        add(P + "KommuneRegistered.v1", null, "kommuneKey", "16053", "name", "Jena", "kind", "KREISFREIE_STADT",
                "departments", List.of(Map.of("key", "jugendamt", "name", "Jugendamt", "type", "AMT")));
        add(P + "DepartmentAdded.v1", STABSSTELLE, "departmentKey", "awo", "name", "AWO", "type", "FREIER_TRAEGER");
        add(P + "DepartmentRetired.v1", STABSSTELLE, "departmentKey", "jugendamt", "reason", "zusammengelegt");
        add(P + "IndicatorDefined.v1", STABSSTELLE, "code", "sgb2-quote", "name", "SGB-II-Quote", "unit", "%");
        add(P + "NeedIndexDefined.v1", STABSSTELLE, "version", 1, "components", List.of(), "reason", "Steuerungsgruppe");

        TimelineState state = replay();
        Map<String, Object> document = state.toDocument();

        assertThat((List<?>) document.get("departments")).hasSize(2);
        assertThat(item(state, "departments", 0)).containsEntry("active", false);
        assertThat(item(state, "indicators", 0)).containsEntry("unit", "%").containsEntry("revision", 0);
        assertThat((Map<String, Object>) document.get("kommune")).containsEntry("name", "Jena").containsKey("needIndex");
    }

    @Test
    void entriesOfOtherTypesAndChangesOfUnknownItemsCountButChangeNothing() {
        add(C + "AssignmentDueSoon.v1", null, "assignmentId", "a1", "daysBefore", 7);
        add(C + "AssignmentAccepted.v1", JUGENDAMT, "assignmentId", "never-issued");
        add(CheckpointCheck.TYPE, null, "coveredPosition", 2);

        TimelineState state = replay();

        assertThat(state.applied()).as("checkpoints are no part of the state").isEqualTo(2);
        assertThat(state.position()).isEqualTo(2);
        assertThat(state.toDocument().get("assignments")).isEqualTo(List.of());
    }

    @Test
    void anAssignmentHandedToAnotherDepartmentForgetsWhatThePreviousOneSaidAndDid() {
        add(C + "AssignmentIssued.v1", STABSSTELLE, "assignmentId", "a1", "department", "jugendamt");
        add(C + "AssignmentAccepted.v1", JUGENDAMT, "assignmentId", "a1", "plannedCompletion", "2027-01-31");
        add(C + "AssignmentProgressReported.v1", JUGENDAMT, "assignmentId", "a1", "percent", 80, "note", "fast fertig");
        add(C + "AssignmentCounterProposed.v1", JUGENDAMT, "assignmentId", "a1", "proposedDepartment", "sozialamt");
        add(C + "AssignmentReassigned.v1", STABSSTELLE, "assignmentId", "a1", "department", "sozialamt", "reason", "Zuständigkeit");

        assertThat(item(replay(), "assignments", 0)).containsEntry("status", "ISSUED").containsEntry("department", "sozialamt")
                .containsEntry("proposal", null).doesNotContainKeys("plannedCompletion", "percent", "note");
    }

    @Test
    void aStateRestoredFromItsDocumentGoesOnExactlyLikeTheOriginal() {
        add(P + "SozialraumRegistered.v1", STABSSTELLE, "sozialraumId", "s1", "name", "Lobeda", "kind", "STADTTEIL");
        add(P + "GoalSet.v1", STABSSTELLE, "goalId", "g1", "title", "Kinderarmut senken", "targetGroups", List.of("AELTERE"));
        add(C + "AssignmentIssued.v1", STABSSTELLE, "assignmentId", "a1", "department", "jugendamt");
        add(P + "ParticipationRecorded.v1", STABSSTELLE, "participationId", "p1", "title", "Forum");
        add(P + "ContributionReceived.v1", null, "contributionId", "c1", "participationId", "p1", "text", "Mehr Licht");
        TimelineState original = replay();
        TimelineState restored = TimelineState.fromDocument(original.toDocument());
        assertThat(restored.digest()).isEqualTo(original.digest());

        ChainEntry answered = entry(6, P + "ContributionAnswered.v1", STABSSTELLE, "contributionId", "c1", "note", "Laternen");
        ChainEntry accepted = entry(7, C + "AssignmentAccepted.v1", JUGENDAMT, "assignmentId", "a1");
        for (TimelineState state : List.of(original, restored)) {
            state.apply(answered);
            state.apply(accepted);
        }

        assertThat(restored.toDocument()).isEqualTo(original.toDocument());
        assertThat(restored.digest()).isEqualTo(original.digest());
        assertThat((Map<String, Object>) item(restored, "contributions", 0).get("answer")).containsEntry("note", "Laternen");
    }

    @Test
    void theDigestDependsOnWhatTheStateSaysNotOnHowItsPayloadsWereOrdered() {
        Map<String, Object> forwards = new LinkedHashMap<>(Map.of("assignmentId", "a1", "department", "jugendamt", "title", "T"));
        Map<String, Object> shuffled = new HashMap<>(forwards);
        TimelineState one = TimelineState.empty("s1");
        TimelineState two = TimelineState.empty("s1");
        one.apply(new ChainEntry(1, "e1", C + "AssignmentIssued.v1", T0, STABSSTELLE, forwards, null, null));
        two.apply(new ChainEntry(1, "e1", C + "AssignmentIssued.v1", T0, STABSSTELLE, shuffled, null, null));
        TimelineState other = TimelineState.empty("s1");
        other.apply(new ChainEntry(1, "e1", C + "AssignmentIssued.v1", T0, STABSSTELLE, Map.of("assignmentId", "a1",
                "department", "sozialamt", "title", "T"), null, null));

        assertThat(one.digest()).isEqualTo(two.digest()).isNotEqualTo(other.digest());
    }

    private void add(String type, ChainEntry.Actor actor, Object... fields) {
        entries.add(entry(entries.size() + 1, type, actor, fields));
    }

    private static ChainEntry entry(long position, String type, ChainEntry.Actor actor, Object... fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            payload.put((String) fields[i], fields[i + 1]);
        }
        return new ChainEntry(position, "e" + position, type, T0.plus(Duration.ofMinutes(position - 1)), actor, payload, null, null);
    }

    private TimelineState replay() {
        TimelineState state = TimelineState.empty("s1");
        entries.forEach(state::apply);
        return state;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(TimelineState state, String section, int index) {
        return ((List<Map<String, Object>>) state.toDocument().get(section)).get(index);
    }
}
