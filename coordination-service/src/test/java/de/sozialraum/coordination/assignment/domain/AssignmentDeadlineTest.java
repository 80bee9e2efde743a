package de.sozialraum.coordination.assignment.domain;

import static de.sozialraum.coordination.FixtureActors.as;

import java.time.LocalDate;
import java.util.List;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCounterProposedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDueSoonEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentOverdueEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.api.MarkAssignmentOverdueCommand;
import de.sozialraum.coordination.assignment.api.RemindAssignmentCommand;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Deadlines: the system reminds the department before the due date and marks the assignment overdue after
 * it. Both are idempotent — the schedule may send them twice, late, or for a due date that no longer holds.
 */
class AssignmentDeadlineTest {

    private static final String ID = "a-1";
    private static final String LOBEDA = "sr-lobeda";
    private static final String JENA = "16053";
    private static final String JUGENDAMT = "jugendamt";
    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2027, 12, 31);
    private static final SystemActorProperties SYSTEM = new SystemActorProperties("system", "Systemkonto", "SYSTEM", null, null);

    private static final AssignmentIssuedEvent ISSUED = new AssignmentIssuedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Streetwork ausbauen", DUE,
            List.of());
    private static final AssignmentAcceptedEvent ACCEPTED = new AssignmentAcceptedEvent(ID, LOBEDA, JENA, JUGENDAMT);
    private static final AssignmentDueSoonEvent REMINDED_7 = new AssignmentDueSoonEvent(ID, LOBEDA, JENA, JUGENDAMT, DUE, 7);

    private AggregateTestFixture<Assignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(Mockito.mock(SozialraumDirectory.class));
        fixture.registerInjectableResource(Mockito.mock(DepartmentCatalogue.class));
    }

    private static MetaData system() {
        return ActorMetaData.of(SYSTEM.forKommune(JENA));
    }

    @Test
    void theSystemRemindsTheDepartmentBeforeTheDueDate() {
        fixture.given(ISSUED)
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectEvents(REMINDED_7)
                .expectResultMessagePayload(true);
    }

    @Test
    void eachConfiguredReminderIsRecordedOnce() {
        fixture.given(ISSUED, ACCEPTED, REMINDED_7)
                .when(new RemindAssignmentCommand(ID, DUE, 1), system())
                .expectEvents(new AssignmentDueSoonEvent(ID, LOBEDA, JENA, JUGENDAMT, DUE, 1));
    }

    @Test
    void aReminderSentAgainRecordsNothingAndDoesNotFail() {
        fixture.given(ISSUED, REMINDED_7)
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aReminderReachesTheDepartmentWhileItWorksOnTheAssignmentAlsoWhenBlocked() {
        fixture.given(ISSUED, ACCEPTED, new AssignmentProgressReportedEvent(ID, LOBEDA, JENA, JUGENDAMT, 10, null),
                        new AssignmentBlockedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Räume fehlen"))
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectEvents(REMINDED_7);
    }

    @Test
    void aReminderGoesToTheDepartmentTheAssignmentWasReassignedTo() {
        fixture.given(ISSUED, new AssignmentReassignedEvent(ID, LOBEDA, JENA, "sozialamt", JUGENDAMT, "Zuständigkeit"))
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectEvents(new AssignmentDueSoonEvent(ID, LOBEDA, JENA, "sozialamt", DUE, 7));
    }

    @Test
    void noReminderForADeclinedAssignment() {
        fixture.given(ISSUED, new AssignmentDeclinedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Keine Kapazität"))
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** The department has answered with other terms; the Stabsstelle is to act, not the department. */
    @Test
    void noReminderWhileACounterProposalWaitsForTheStabsstelle() {
        fixture.given(ISSUED, new AssignmentCounterProposedEvent(ID, LOBEDA, JENA, JUGENDAMT, LATER, null, "Personal erst ab Herbst"))
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noReminderForAFinishedAssignment() {
        fixture.given(ISSUED, ACCEPTED, new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Erledigt", null))
                .when(new RemindAssignmentCommand(ID, DUE, 1), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelledEvent(ID, LOBEDA, JENA, JUGENDAMT, "Beschluss aufgehoben"))
                .when(new RemindAssignmentCommand(ID, DUE, 1), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReminderForADueDateThatNoLongerHoldsRecordsNothing() {
        fixture.given(ISSUED, counterProposedLater(), laterAccepted())
                .when(new RemindAssignmentCommand(ID, DUE, 7), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewDueDateStartsTheRemindersAfresh() {
        fixture.given(ISSUED, REMINDED_7, counterProposedLater(), laterAccepted())
                .when(new RemindAssignmentCommand(ID, LATER, 7), system())
                .expectEvents(new AssignmentDueSoonEvent(ID, LOBEDA, JENA, JUGENDAMT, LATER, 7));
    }

    @Test
    void theDueDatePassedUnfinishedIsEscalatedToTheStabsstelle() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectEvents(overdue(AssignmentStatus.ACCEPTED))
                .expectResultMessagePayload(true);
    }

    /** The Stabsstelle still has to act on a declined assignment or an unanswered counter-proposal. */
    @Test
    void aDeclinedOrCounterProposedAssignmentBecomesOverdueToo() {
        fixture.given(ISSUED, new AssignmentDeclinedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Keine Kapazität"))
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectEvents(overdue(AssignmentStatus.DECLINED));
        fixture.given(ISSUED, counterProposedLater())
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectEvents(overdue(AssignmentStatus.COUNTER_PROPOSED));
    }

    @Test
    void overdueIsRecordedOncePerDueDate() {
        fixture.given(ISSUED, overdue(AssignmentStatus.ISSUED))
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aFinishedAssignmentIsNeverOverdue() {
        fixture.given(ISSUED, ACCEPTED, new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Erledigt", null))
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelledEvent(ID, LOBEDA, JENA, JUGENDAMT, "Beschluss aufgehoben"))
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOverdueForADueDateThatNoLongerHoldsRecordsNothingButTheNewOneCountsAgain() {
        fixture.given(ISSUED, overdue(AssignmentStatus.ISSUED), counterProposedLater(), laterAccepted())
                .when(new MarkAssignmentOverdueCommand(ID, DUE), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ISSUED, overdue(AssignmentStatus.ISSUED), counterProposedLater(), laterAccepted())
                .when(new MarkAssignmentOverdueCommand(ID, LATER), system())
                .expectEvents(new AssignmentOverdueEvent(ID, LOBEDA, JENA, JUGENDAMT, LATER, AssignmentStatus.ACCEPTED, "STABSSTELLE"));
    }

    /** Overdue is no status: the department answers and completes as before. */
    @Test
    void anOverdueAssignmentGoesThroughTheStateMachineAsBefore() {
        fixture.given(ISSUED, overdue(AssignmentStatus.ISSUED))
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(ACCEPTED);
        fixture.given(ISSUED, ACCEPTED, REMINDED_7, overdue(AssignmentStatus.ACCEPTED))
                .when(new CompleteAssignmentCommand(ID, "Erledigt, spät", null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentCompletedEvent(ID, LOBEDA, JENA, JUGENDAMT, "Erledigt, spät", null));
    }

    @Test
    void noPersonRecordsADeadline() {
        for (TestUser user : List.of(TestUser.STABSSTELLE, TestUser.LEITUNG_JUGENDAMT, TestUser.PRUEFUNG, TestUser.ADMIN)) {
            fixture.given(ISSUED)
                    .when(new RemindAssignmentCommand(ID, DUE, 7), as(user))
                    .expectException(ForbiddenException.class)
                    .expectNoEvents();
            fixture.given(ISSUED)
                    .when(new MarkAssignmentOverdueCommand(ID, DUE), as(user))
                    .expectException(ForbiddenException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void theSystemOfAnotherKommuneDoesNotFindTheAssignment() {
        fixture.given(ISSUED)
                .when(new MarkAssignmentOverdueCommand(ID, DUE), ActorMetaData.of(SYSTEM.forKommune("16052")))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new RemindAssignmentCommand(ID, DUE, 7), ActorMetaData.of(SYSTEM.forKommune("16052")))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static AssignmentOverdueEvent overdue(AssignmentStatus status) {
        return new AssignmentOverdueEvent(ID, LOBEDA, JENA, JUGENDAMT, DUE, status, "STABSSTELLE");
    }

    private static AssignmentCounterProposedEvent counterProposedLater() {
        return new AssignmentCounterProposedEvent(ID, LOBEDA, JENA, JUGENDAMT, LATER, null, "Personal erst ab Herbst");
    }

    private static AssignmentProposalAcceptedEvent laterAccepted() {
        return new AssignmentProposalAcceptedEvent(ID, LOBEDA, JENA, JUGENDAMT, JUGENDAMT, LATER, null);
    }
}
