package de.sozialraum.coordination.assignment.domain;

import static de.sozialraum.coordination.FixtureActors.as;
import static de.sozialraum.coordination.assignment.domain.IllegalTransitionExceptions.refusedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import de.sozialraum.coordination.FakeSozialraumDirectory;
import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final String ID = "a-1";
    private static final String LOBEDA = "sr-lobeda";
    private static final String RETIRED = "sr-altlobeda";
    private static final String JENA = "16053";
    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    private AggregateTestFixture<Assignment> fixture;

    /** Lobeda in Jena with one open and one closed goal, and the retired Altlobeda, as planning recorded them. */
    private static final SozialraumDirectory DIRECTORY = new FakeSozialraumDirectory()
            .sozialraum(LOBEDA, JENA, "goal-1", "goal-done").closed("goal-done").retired(RETIRED, JENA);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource((DepartmentCatalogue) (kommune, department) -> JENA.equals(kommune)
                && Set.of("jugendamt", "sozialamt", "stadtteilbuero-lobeda").contains(department));
    }

    @Test
    void issuesAnAssignmentToADepartmentWithTheKommuneOfItsSozialraum() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", " Streetwork ausbauen ", DUE, List.of("goal-1")), as(TestUser.STABSSTELLE))
                .expectEvents(issued());
    }

    @Test
    void carriesDescriptionAndPriority() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of(), "  Zwei Stellen, abends  ",
                        AssignmentPriority.HIGH, null), as(TestUser.STABSSTELLE))
                .expectEvents(new AssignmentIssuedEvent(ID, LOBEDA, JENA, "jugendamt", "Streetwork", DUE, List.of(),
                        "Zwei Stellen, abends", AssignmentPriority.HIGH, null));
    }

    @Test
    void theSystemIssuesForTheKommuneOfADecisionOnly() {
        Actor system = new SystemActorProperties("system", "Systemkonto", "SYSTEM", null, null).forKommune(JENA);
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of(), null, null, "decision-1"),
                        ActorMetaData.of(system))
                .expectEvents(new AssignmentIssuedEvent(ID, LOBEDA, JENA, "jugendamt", "Streetwork", DUE, List.of(), null,
                        AssignmentPriority.NORMAL, "decision-1"));
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of(), null, null, "decision-1"),
                        ActorMetaData.of(new SystemActorProperties("system", "Systemkonto", "SYSTEM", null, null).forKommune("16051")))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnAssignmentForAnUnknownSozialraum() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, "sr-unknown", "jugendamt", "Streetwork", DUE, List.of()), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-unknown is unknown")
                .expectNoEvents();
    }

    @Test
    void refusesAnAssignmentForARetiredSozialraum() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, RETIRED, "jugendamt", "Streetwork", DUE, List.of()), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-altlobeda is retired")
                .expectNoEvents();
    }

    @Test
    void refusesGoalsPlanningHasClosed() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of("goal-1", "goal-done")),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Goals goal-done are achieved or abandoned")
                .expectNoEvents();
    }

    @Test
    void refusesAnAssignmentToAnUnknownDepartment() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "bauamt", "Streetwork", DUE, List.of()), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department bauamt is unknown")
                .expectNoEvents();
    }

    @Test
    void aFreierTraegerInTheKommunesCatalogueTakesAssignments() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "stadtteilbuero-lobeda", "Sprechstunde anbieten", DUE, List.of()), as(TestUser.STABSSTELLE))
                .expectEvents(new AssignmentIssuedEvent(ID, LOBEDA, JENA, "stadtteilbuero-lobeda", "Sprechstunde anbieten", DUE, List.of()));
    }

    /** The catalogue knows Jena's Wohnungswirtschaft no more (retired), like any department only another Kommune has. */
    @Test
    void refusesAnAssignmentToADepartmentTheSozialraumsKommuneHasRetired() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "wohnungswirtschaft", "Sanierung prüfen", DUE, List.of()), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department wohnungswirtschaft is unknown")
                .expectNoEvents();
    }

    @Test
    void refusesGoalsThatDoNotBelongToTheSozialraum() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of("goal-1", "goal-9")), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Goals goal-9 are unknown in this Sozialraum")
                .expectNoEvents();
    }

    @Test
    void theDepartmentAcceptsAnIssuedAssignment() {
        fixture.given(issued())
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentAcceptedEvent(ID, LOBEDA, JENA, "jugendamt"));
    }

    @Test
    void theDepartmentDeclinesAnIssuedAssignmentWithItsReason() {
        fixture.given(issued())
                .when(new DeclineAssignmentCommand(ID, " Keine Personalkapazität bis 2027 "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectEvents(new AssignmentDeclinedEvent(ID, LOBEDA, JENA, "jugendamt", "Keine Personalkapazität bis 2027"));
    }

    @Test
    void aDeclineWithoutReasonIsRefused() {
        fixture.given(issued())
                .when(new DeclineAssignmentCommand(ID, "  "), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void acceptAfterDeclineIsRefusedNamingTheCurrentState() {
        fixture.given(issued(), new AssignmentDeclinedEvent(ID, LOBEDA, JENA, "jugendamt", "Keine Kapazität"))
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(refusedIn(AssignmentStatus.DECLINED))
                .expectNoEvents();
    }

    @Test
    void declineAfterAcceptIsRefused() {
        fixture.given(issued(), new AssignmentAcceptedEvent(ID, LOBEDA, JENA, "jugendamt"))
                .when(new DeclineAssignmentCommand(ID, "Doch nicht"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(refusedIn(AssignmentStatus.ACCEPTED))
                .expectNoEvents();
    }

    @Test
    void acceptingTwiceIsRefused() {
        fixture.given(issued(), new AssignmentAcceptedEvent(ID, LOBEDA, JENA, "jugendamt"))
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(refusedIn(AssignmentStatus.ACCEPTED))
                .expectNoEvents();
    }

    @Test
    void anAssignmentThatWasNeverIssuedCannotBeAccepted() {
        fixture.givenNoPriorActivity()
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void onlyTheStabsstelleIssuesAssignments() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of()), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumIsUnknownToTheStabsstelle() {
        fixture.givenNoPriorActivity()
                .when(new IssueAssignmentCommand(ID, LOBEDA, "jugendamt", "Streetwork", DUE, List.of()), as(TestUser.STABSSTELLE_GERA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-lobeda is unknown")
                .expectNoEvents();
    }

    @Test
    void theHeadOfAnotherDepartmentCannotAnswer() {
        fixture.given(issued())
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_SOZIALAMT))
                .expectException(ForbiddenException.class)
                .expectExceptionMessage("Assignment a-1 is for jugendamt, not for sozialamt")
                .expectNoEvents();
    }

    @Test
    void theStabsstelleCannotAnswerForTheDepartment() {
        fixture.given(issued())
                .when(new DeclineAssignmentCommand(ID, "Keine Zeit"), as(TestUser.STABSSTELLE))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesAssignmentDoesNotExistWhateverTheRole() {
        fixture.given(issued())
                .when(new AcceptAssignmentCommand(ID), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id a-1 in the actor's Kommune")
                .expectNoEvents();
    }

    @Test
    void anotherKommunesAssignmentDoesNotExistForItsHeadOfTheSameDepartment() {
        fixture.given(issued())
                .when(new AcceptAssignmentCommand(ID), as(TestUser.LEITUNG_JUGENDAMT_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static AssignmentIssuedEvent issued() {
        return new AssignmentIssuedEvent(ID, LOBEDA, JENA, "jugendamt", "Streetwork ausbauen", DUE, List.of("goal-1"));
    }
}
