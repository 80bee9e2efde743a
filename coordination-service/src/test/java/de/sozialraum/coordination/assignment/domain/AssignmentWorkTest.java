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
import de.sozialraum.coordination.assignment.api.AcceptProposalCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCounterProposedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalRejectedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.AssignmentUnblockedEvent;
import de.sozialraum.coordination.assignment.api.BlockAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CounterProposeAssignmentCommand;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.ReassignAssignmentCommand;
import de.sozialraum.coordination.assignment.api.RejectProposalCommand;
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

/**
 * Every step after issuing: the department's answer (accept, decline, counter-propose) and work (progress,
 * block, unblock, complete), the Stabsstelle's answer to a counter-proposal, reassignment and cancel.
 */
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
    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2027, 12, 31);
    private static final AssignmentCounterProposedEvent LATER_PLEASE =
            new AssignmentCounterProposedEvent(ID, LOBEDA, JENA, JUGENDAMT, LATER, null, "Personal erst ab Herbst");
    private static final AssignmentCounterProposedEvent SOZIALAMT_PLEASE =
            new AssignmentCounterProposedEvent(ID, LOBEDA, JENA, JUGENDAMT, null, "sozialamt", "Fällt in die Schuldnerberatung");

    /** The events that lead to each state. */
    private static final Map<AssignmentStatus, List<Object>> HISTORY = Map.of(
            AssignmentStatus.ISSUED, List.of(ISSUED),
            AssignmentStatus.ACCEPTED, List.of(ISSUED, ACCEPTED),
            AssignmentStatus.DECLINED, List.of(ISSUED, new AssignmentDeclinedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Keine Kapazität")),
            AssignmentStatus.IN_PROGRESS, List.of(ISSUED, ACCEPTED, HALF_DONE),
            AssignmentStatus.BLOCKED, List.of(ISSUED, ACCEPTED, HALF_DONE, BLOCKED),
            AssignmentStatus.COMPLETED, List.of(ISSUED, ACCEPTED,
                    new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Streetwork läuft", null)),
            AssignmentStatus.CANCELLED, List.of(ISSUED, new AssignmentCancelledEvent(ID, LOBEDA, JENA, JUGENDAMT, "Beschluss aufgehoben")),
            AssignmentStatus.COUNTER_PROPOSED, List.of(ISSUED, LATER_PLEASE));

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
        COUNTER_PROPOSE(new CounterProposeAssignmentCommand(ID, LATER, null, "Personal erst ab Herbst"), TestUser.LEITUNG_JUGENDAMT,
                EnumSet.of(AssignmentStatus.ISSUED)),
        ACCEPT_PROPOSAL(new AcceptProposalCommand(ID, null), TestUser.STABSSTELLE, EnumSet.of(AssignmentStatus.COUNTER_PROPOSED)),
        REJECT_PROPOSAL(new RejectProposalCommand(ID, "Termin ist gesetzt"), TestUser.STABSSTELLE,
                EnumSet.of(AssignmentStatus.COUNTER_PROPOSED)),
        REASSIGN(new ReassignAssignmentCommand(ID, "sozialamt", "Zuständigkeit geklärt"), TestUser.STABSSTELLE,
                EnumSet.of(AssignmentStatus.ISSUED, AssignmentStatus.DECLINED, AssignmentStatus.COUNTER_PROPOSED, AssignmentStatus.ACCEPTED,
                        AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED)),
        CANCEL(new CancelAssignmentCommand(ID, "Beschluss aufgehoben"), TestUser.STABSSTELLE,
                EnumSet.of(AssignmentStatus.ISSUED, AssignmentStatus.DECLINED, AssignmentStatus.COUNTER_PROPOSED, AssignmentStatus.ACCEPTED,
                        AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED));

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
        fixture.registerInjectableResource((DepartmentCatalogue) (kommune, department) -> !"bauamt".equals(department));
    }

    static Stream<Arguments> everyStepFromEveryState() {
        return Stream.of(Step.values()).flatMap(step -> Stream.of(AssignmentStatus.values()).map(state -> Arguments.of(step, state)));
    }

    /** 11 steps × 8 states: allowed ones record an event, all others are refused with the current state and record nothing. */
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
    void anAcceptanceCarriesThePlannedCompletionDateIfTheHeadGivesOne() {
        fixture.given(ISSUED)
                .when(new AcceptAssignmentCommand(ID, LocalDate.of(2027, 5, 31)), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentAcceptedEvent(ID, LOBEDA, JENA, JUGENDAMT, LocalDate.of(2027, 5, 31)));
    }

    @Test
    void aCounterProposalOfAnotherDateOnceAcceptedLeavesTheAssignmentAcceptedOnThatDate() {
        fixture.given(ISSUED)
                .when(new CounterProposeAssignmentCommand(ID, LATER, JUGENDAMT, " Personal erst ab Herbst "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(LATER_PLEASE);
        fixture.given(ISSUED, LATER_PLEASE)
                .when(new AcceptProposalCommand(ID, "Einverstanden"), as(TestUser.STABSSTELLE))
                .expectEvents(new AssignmentProposalAcceptedEvent(ID, LOBEDA, JENA, JUGENDAMT, JUGENDAMT, LATER, "Einverstanden"))
                .expectResultMessagePayload(AssignmentStatus.ACCEPTED);
    }

    @Test
    void aCounterProposalOfAnotherDepartmentOnceAcceptedIsThatDepartmentsToAnswer() {
        fixture.given(ISSUED)
                .when(new CounterProposeAssignmentCommand(ID, null, "sozialamt", "Fällt in die Schuldnerberatung"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(SOZIALAMT_PLEASE);
        AssignmentProposalAcceptedEvent toSozialamt = new AssignmentProposalAcceptedEvent(ID, LOBEDA, JENA, "sozialamt", JUGENDAMT, DUE, null);
        fixture.given(ISSUED, SOZIALAMT_PLEASE)
                .when(new AcceptProposalCommand(ID, " "), as(TestUser.STABSSTELLE))
                .expectEvents(toSozialamt)
                .expectResultMessagePayload(AssignmentStatus.ISSUED);
        fixture.given(ISSUED, SOZIALAMT_PLEASE, toSozialamt)
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(ISSUED, SOZIALAMT_PLEASE, toSozialamt)
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_SOZIALAMT))
                .expectEvents(new AssignmentAcceptedEvent(ID, LOBEDA, JENA, "sozialamt"));
    }

    @Test
    void aRejectedCounterProposalLeavesTheAssignmentToBeAnsweredAsIssued() {
        fixture.given(ISSUED, LATER_PLEASE)
                .when(new RejectProposalCommand(ID, "Der Termin ist vom Ausschuss gesetzt"), as(TestUser.STABSSTELLE))
                .expectEvents(new AssignmentProposalRejectedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Der Termin ist vom Ausschuss gesetzt"));
        fixture.given(ISSUED, LATER_PLEASE, new AssignmentProposalRejectedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Termin gesetzt"))
                .when(new DeclineAssignmentCommand(ID, "Dann nicht"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCounterProposalNamesSomethingElseAnActiveDepartmentAndAReason() {
        fixture.given(ISSUED)
                .when(new CounterProposeAssignmentCommand(ID, DUE, JUGENDAMT, "Gleich"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A counter-proposal needs another due date or another department")
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new CounterProposeAssignmentCommand(ID, null, "bauamt", "Bauamt"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department bauamt is unknown")
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new CounterProposeAssignmentCommand(ID, LATER, null, " "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theStabsstelleReassignsToAnotherActiveDepartmentWhichThenAnswers() {
        AssignmentReassignedEvent toSozialamt = new AssignmentReassignedEvent(ID, LOBEDA, JENA, "sozialamt", JUGENDAMT, "Zuständigkeit geklärt");
        fixture.given(HISTORY.get(AssignmentStatus.DECLINED))
                .when(new ReassignAssignmentCommand(ID, "sozialamt", " Zuständigkeit geklärt "), as(TestUser.STABSSTELLE))
                .expectEvents(toSozialamt);
        fixture.given(ISSUED, toSozialamt)
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_SOZIALAMT))
                .expectSuccessfulHandlerExecution();
        fixture.given(ISSUED)
                .when(new ReassignAssignmentCommand(ID, JUGENDAMT, "Nochmal"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Assignment a-1 is with jugendamt already")
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new ReassignAssignmentCommand(ID, "bauamt", "Bauamt"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new ReassignAssignmentCommand(ID, "sozialamt", "Selbst"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
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
