package de.sozialraum.coordination.assignment.domain;

import static de.sozialraum.coordination.FixtureActors.as;
import static de.sozialraum.coordination.assignment.domain.IllegalTransitionExceptions.refusedIn;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.AssignmentUnblockedEvent;
import de.sozialraum.coordination.assignment.api.BlockAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.ReportAssignmentProgressCommand;
import de.sozialraum.coordination.assignment.api.UnblockAssignmentCommand;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The work on an accepted assignment: progress, block, unblock, complete — and the Stabsstelle's cancel. */
class AssignmentWorkTest {

    private static final String ID = "a-1";
    private static final String LOBEDA = "sr-lobeda";
    private static final String JENA = "16053";
    private static final String JUGENDAMT = "jugendamt";

    private static final AssignmentIssuedEvent ISSUED = new AssignmentIssuedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Streetwork ausbauen",
            LocalDate.of(2027, 6, 30), List.of());
    private static final AssignmentAcceptedEvent ACCEPTED = new AssignmentAcceptedEvent(ID, LOBEDA, JENA, JUGENDAMT);
    private static final AssignmentProgressReportedEvent HALF_DONE =
            new AssignmentProgressReportedEvent(ID, LOBEDA, JENA, JUGENDAMT, 50, "Zwei Stellen besetzt");
    private static final AssignmentBlockedEvent BLOCKED = new AssignmentBlockedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Räume fehlen");

    /** The events that lead to each state. */
    private static final Map<AssignmentStatus, List<Object>> HISTORY = Map.of(
            AssignmentStatus.ISSUED, List.of(ISSUED),
            AssignmentStatus.ACCEPTED, List.of(ISSUED, ACCEPTED),
            AssignmentStatus.DECLINED, List.of(ISSUED, new AssignmentDeclinedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Keine Kapazität")),
            AssignmentStatus.IN_PROGRESS, List.of(ISSUED, ACCEPTED, HALF_DONE),
            AssignmentStatus.BLOCKED, List.of(ISSUED, ACCEPTED, HALF_DONE, BLOCKED),
            AssignmentStatus.COMPLETED, List.of(ISSUED, ACCEPTED,
                    new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Streetwork läuft", null)),
            AssignmentStatus.CANCELLED, List.of(ISSUED, new AssignmentCancelledEvent(ID, LOBEDA, JENA, JUGENDAMT, "Beschluss aufgehoben")));

    /** Each step, who takes it, and the states it is allowed from — the table in docs/api.md. */
    private enum Step {
        ACCEPT(new AcceptAssignmentCommand(ID), TestUser.LEITUNG_JUGENDAMT, EnumSet.of(AssignmentStatus.ISSUED)),
        DECLINE(new DeclineAssignmentCommand(ID, "Keine Kapazität"), TestUser.LEITUNG_JUGENDAMT, EnumSet.of(AssignmentStatus.ISSUED)),
        PROGRESS(new ReportAssignmentProgressCommand(ID, 60, null), TestUser.LEITUNG_JUGENDAMT,
                EnumSet.of(AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS)),
        BLOCK(new BlockAssignmentCommand(ID, "Räume fehlen"), TestUser.LEITUNG_JUGENDAMT,
                EnumSet.of(AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS)),
        UNBLOCK(new UnblockAssignmentCommand(ID, "Räume gefunden"), TestUser.LEITUNG_JUGENDAMT, EnumSet.of(AssignmentStatus.BLOCKED)),
        COMPLETE(new CompleteAssignmentCommand(ID, "Streetwork läuft", null), TestUser.LEITUNG_JUGENDAMT,
                EnumSet.of(AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS)),
        CANCEL(new CancelAssignmentCommand(ID, "Beschluss aufgehoben"), TestUser.STABSSTELLE,
                EnumSet.of(AssignmentStatus.ISSUED, AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED));

        final Object command;
        final TestUser by;
        final Set<AssignmentStatus> from;

        Step(Object command, TestUser by, Set<AssignmentStatus> from) {
            this.command = command;
            this.by = by;
            this.from = from;
        }
    }

    private AggregateTestFixture<Assignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource((SozialraumDirectory) null);
        fixture.registerInjectableResource((DepartmentCatalogue) (kommune, department) -> true);
    }

    static Stream<Arguments> everyStepFromEveryState() {
        return Stream.of(Step.values()).flatMap(step -> Stream.of(AssignmentStatus.values()).map(state -> Arguments.of(step, state)));
    }

    /** 7 steps × 7 states: allowed ones record an event, all others are refused with the current state and record nothing. */
    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryState")
    void everyStepIsAllowedExactlyFromTheStatesOfTheTable(Step step, AssignmentStatus state) {
        var result = fixture.given(HISTORY.get(state)).when(step.command, as(step.by));
        if (step.from.contains(state)) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(refusedIn(state)).expectNoEvents();
        }
    }

    @Test
    void theHeadReportsProgressWhichStartsTheWork() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportAssignmentProgressCommand(ID, 50, " Zwei Stellen besetzt "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(HALF_DONE);
        fixture.given(ISSUED, ACCEPTED, HALF_DONE)
                .when(new ReportAssignmentProgressCommand(ID, 80, "  "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentProgressReportedEvent(ID, LOBEDA, JENA, JUGENDAMT, 80, null));
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportAssignmentProgressCommand(ID, 101, null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Progress 101 is not between 0 and 100")
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportAssignmentProgressCommand(ID, -1, null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void blockingAndUnblockingNeedAReasonAndWorkGoesOnAfterwards() {
        fixture.given(ISSUED, ACCEPTED, HALF_DONE)
                .when(new BlockAssignmentCommand(ID, " Räume fehlen "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(BLOCKED);
        fixture.given(ISSUED, ACCEPTED, HALF_DONE)
                .when(new BlockAssignmentCommand(ID, " "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A reason is required")
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, HALF_DONE, BLOCKED)
                .when(new UnblockAssignmentCommand(ID, "Räume im Stadtteilzentrum"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentUnblockedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Räume im Stadtteilzentrum"));
        fixture.given(ISSUED, ACCEPTED, HALF_DONE, BLOCKED, new AssignmentUnblockedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Räume"))
                .when(new ReportAssignmentProgressCommand(ID, 70, null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void completionNamesTheOutcomeAndOptionallyTheEvidence() {
        fixture.given(ISSUED, ACCEPTED, HALF_DONE)
                .when(new CompleteAssignmentCommand(ID, " Zwei Streetworker im Einsatz ", " Messung kita-quote 2027 "),
                        as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Zwei Streetworker im Einsatz",
                        "Messung kita-quote 2027"));
        fixture.given(ISSUED, ACCEPTED)
                .when(new CompleteAssignmentCommand(ID, " ", null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A completed assignment needs its outcome")
                .expectNoEvents();
    }

    @Test
    void theStabsstelleCancelsWithAReason() {
        fixture.given(ISSUED, ACCEPTED, HALF_DONE, BLOCKED)
                .when(new CancelAssignmentCommand(ID, " Beschluss aufgehoben "), as(TestUser.STABSSTELLE))
                .expectEvents(new AssignmentCancelledEvent(ID, LOBEDA, JENA, JUGENDAMT, "Beschluss aufgehoben"));
        fixture.given(ISSUED)
                .when(new CancelAssignmentCommand(ID, ""), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheAssignedDepartmentWorksOnItAndOnlyTheStabsstelleCancels() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new CompleteAssignmentCommand(ID, "Erledigt", null), as(TestUser.LEITUNG_SOZIALAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportAssignmentProgressCommand(ID, 10, null), as(TestUser.STABSSTELLE))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new CancelAssignmentCommand(ID, "Keine Lust"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new CancelAssignmentCommand(ID, "Beschluss aufgehoben"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new BlockAssignmentCommand(ID, "Räume fehlen"), as(TestUser.LEITUNG_JUGENDAMT_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
