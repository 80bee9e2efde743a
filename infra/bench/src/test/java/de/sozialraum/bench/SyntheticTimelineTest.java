package de.sozialraum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.audit.Jcs;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.junit.jupiter.api.Test;

class SyntheticTimelineTest {

    @Test
    void theSameSeedGivesTheSameTimelineAndAnotherSeedAnother() {
        List<TimelineEntry> first = SyntheticTimeline.ofSeed(7).next(500);

        assertThat(SyntheticTimeline.ofSeed(7).next(500)).isEqualTo(first);
        assertThat(SyntheticTimeline.ofSeed(8).next(500).get(0).timelineId()).isNotEqualTo(first.get(0).timelineId());
    }

    @Test
    void aTimelineStartsWithTheRegistrationAndMixesPlanningAndCoordinationEventsOfItsSozialraum() {
        SyntheticTimeline timeline = SyntheticTimeline.ofSeed(1);
        List<TimelineEntry> entries = timeline.next(5_000);

        assertThat(entries.get(0).type()).isEqualTo("de.sozialraum.planning.SozialraumRegistered.v1");
        Set<String> types = entries.stream().map(entry -> entry.type().replaceAll("^de\\.sozialraum\\.\\w+\\.|\\.v1$", ""))
                .collect(Collectors.toSet());
        assertThat(types).contains("GoalSet", "GoalRevised", "GoalClosed", "AssignmentIssued", "AssignmentAccepted",
                "AssignmentDeclined", "AssignmentProgressReported", "AssignmentBlocked", "AssignmentUnblocked", "AssignmentCompleted",
                "AssignmentOverdue", "MeasurementRecorded", "DecisionRecorded", "DecisionAmended", "ParticipationRecorded",
                "ContributionReceived", "ContributionAnswered");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.timelineId()).isEqualTo(timeline.timelineId());
            assertThat(entry.data()).containsEntry("kommuneKey", timeline.kommuneKey())
                    .containsEntry("sozialraumId", timeline.timelineId());
            assertThat(entry.actor()).isNotNull();
            assertThat(entry.aggregate()).isNotNull();
            Jcs.canonicalize(entry.data()); // a canonical form exists, as reporting requires of every payload
        });
        assertThat(entries.stream().map(TimelineEntry::eventId).distinct()).hasSize(entries.size());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).time()).isAfter(entries.get(i - 1).time());
        }
    }

    @Test
    void assignmentsGoThroughTheirLifeCycleInOrderAndEachSeriesHasOneValuePerPeriod() {
        List<TimelineEntry> entries = SyntheticTimeline.ofSeed(2).next(20_000);

        Map<String, List<String>> lifeCycles = entries.stream()
                .filter(entry -> "Assignment".equals(entry.aggregate().type()))
                .collect(Collectors.groupingBy(entry -> entry.aggregate().id(),
                        Collectors.mapping(entry -> entry.type().replaceAll("^de\\.sozialraum\\.coordination\\.|\\.v1$", ""),
                                Collectors.toList())));
        assertThat(lifeCycles.values()).allSatisfy(events -> {
            assertThat(events.get(0)).isEqualTo("AssignmentIssued");
            assertThat(events.subList(1, events.size())).doesNotContain("AssignmentIssued");
            if (events.contains("AssignmentCompleted")) {
                assertThat(events.get(events.size() - 1)).isEqualTo("AssignmentCompleted");
                assertThat(events).contains("AssignmentAccepted");
            }
        });
        assertThat(entries.stream().filter(entry -> "Assignment".equals(entry.aggregate().type()))
                .collect(Collectors.groupingBy(entry -> entry.aggregate().id(), Collectors.mapping(entry -> entry.aggregate().sequence(),
                        Collectors.toList()))).values())
                .allSatisfy(sequences -> assertThat(sequences).isSorted().doesNotHaveDuplicates().startsWith(0L));

        List<String> periods = entries.stream().filter(entry -> entry.type().endsWith("MeasurementRecorded.v1"))
                .map(entry -> entry.data().get("indicatorCode") + " " + entry.data().get("period"))
                .toList();
        assertThat(periods).isNotEmpty().doesNotHaveDuplicates();
    }
}
