package de.sozialraum.planning.sozialraum.domain;

import static de.sozialraum.planning.FixtureActors.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.sozialraum.api.CarriedGoal;
import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.planning.sozialraum.api.GoalPlan;
import de.sozialraum.planning.sozialraum.api.GoalRevisedEvent;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.NewSozialraum;
import de.sozialraum.planning.sozialraum.api.RegisterSuccessorCommand;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.RetireIntoSuccessorsCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.planning.sozialraum.api.Takeover;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each Sozialraum's part of a merge or split: the predecessor hands on its open goals and retires, the successor starts with them. */
class SozialraumSuccessionTest {

    private static final String JENA = "16053";
    private static final KommuneDirectory JENA_ONLY = key -> JENA.equals(key) ? Optional.of(KommuneKind.KREISFREIE_STADT) : Optional.empty();
    private static final String LOBEDA = "sr-lobeda";
    private static final String WINZERLA = "sr-winzerla";
    private static final String SUED = "sr-jena-sued";
    private static final String NORD = "sr-lobeda-nord";
    private static final String WEST = "sr-lobeda-west";
    private static final String PARENT = "sr-jena";
    private static final LocalDate DUE = LocalDate.of(2027, 12, 31);
    private static final GoalPlan CHILD_POVERTY = plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE);
    private static final GoalPlan SCHOOLS = plan("Schulabbrüche halbieren", Handlungsfeld.BILDUNG, DUE);
    private static final GoalPlan CARE = plan("Pflege im Quartier", Handlungsfeld.ALTENHILFE, DUE);

    private AggregateTestFixture<Sozialraum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sozialraum.class);
        fixture.registerInjectableResource(JENA_ONLY);
        fixture.registerInjectableResource((SozialraumCatalogue) id -> PARENT.equals(id) || LOBEDA.equals(id)
                ? Optional.of(new SozialraumCatalogue.Known(JENA, false)) : Optional.empty());
    }

    @Test
    void aMergedSozialraumHandsEveryOpenGoalAsLastRevisedToItsSuccessorAndRetiresNamingIt() {
        GoalPlan revised = plan("Kinderarmut halbieren", Handlungsfeld.JUGENDHILFE, DUE.plusYears(1));
        GoalLink poverty = new GoalLink(SUED, CarriedGoal.idFor(SUED, "goal-1"));
        GoalLink care = new GoalLink(SUED, CarriedGoal.idFor(SUED, "goal-3"));
        fixture.given(registered(LOBEDA), goalSet(LOBEDA, "goal-3", CARE), goalSet(LOBEDA, "goal-1", CHILD_POVERTY),
                        GoalRevisedEvent.of("goal-1", LOBEDA, JENA, revised, "Beschluss", 1),
                        goalSet(LOBEDA, "goal-2", SCHOOLS), new GoalClosedEvent("goal-2", LOBEDA, JENA, GoalOutcome.ACHIEVED, null))
                .when(merge(LOBEDA, " Stadtteile zusammengelegt "), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new GoalClosedEvent("goal-1", LOBEDA, JENA, GoalOutcome.TRANSFERRED, "Zusammenlegung: Stadtteile zusammengelegt", poverty),
                        new GoalClosedEvent("goal-3", LOBEDA, JENA, GoalOutcome.TRANSFERRED, "Zusammenlegung: Stadtteile zusammengelegt", care),
                        new SozialraumRetiredEvent(LOBEDA, JENA, "Stadtteile zusammengelegt", Restructuring.MERGE, List.of(SUED)))
                .expectResultMessagePayload(List.of(
                        new CarriedGoal(new GoalLink(LOBEDA, "goal-1"), poverty, revised),
                        new CarriedGoal(new GoalLink(LOBEDA, "goal-3"), care, CARE)));
    }

    @Test
    void aSozialraumWithoutOpenGoalsRetiresIntoItsSuccessorAlone() {
        fixture.given(registered(LOBEDA))
                .when(merge(LOBEDA, "zusammengelegt"), as(TestUser.STABSSTELLE))
                .expectEvents(new SozialraumRetiredEvent(LOBEDA, JENA, "zusammengelegt", Restructuring.MERGE, List.of(SUED)))
                .expectResultMessagePayload(List.of());
    }

    @Test
    void aRetiredSozialraumCannotBeMergedAgain() {
        fixture.given(registered(LOBEDA), new SozialraumRetiredEvent(LOBEDA, JENA, "aufgelöst"))
                .when(merge(LOBEDA, "zusammengelegt"), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumCannotBeMergedAndAnswersLikeAnUnknownOne() {
        fixture.given(registered(LOBEDA))
                .when(merge(LOBEDA, "zusammengelegt"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id sr-lobeda in the actor's Kommune")
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleMergesOrSplits() {
        fixture.given(registered(LOBEDA))
                .when(merge(LOBEDA, "zusammengelegt"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aMergeOrSplitNeedsAReason() {
        fixture.given(registered(LOBEDA))
                .when(merge(LOBEDA, " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A reason is required")
                .expectNoEvents();
    }

    @Test
    void aSplitGivesEachOpenGoalToTheSuccessorThatNamesIt() {
        GoalLink poverty = new GoalLink(WEST, CarriedGoal.idFor(WEST, "goal-1"));
        GoalLink schools = new GoalLink(NORD, CarriedGoal.idFor(NORD, "goal-2"));
        fixture.given(registered(LOBEDA), goalSet(LOBEDA, "goal-1", CHILD_POVERTY), goalSet(LOBEDA, "goal-2", SCHOOLS))
                .when(split(new Takeover(NORD, Set.of("goal-2")), new Takeover(WEST, Set.of("goal-1"))), as(TestUser.STABSSTELLE))
                .expectEvents(
                        new GoalClosedEvent("goal-1", LOBEDA, JENA, GoalOutcome.TRANSFERRED, "Teilung: Lobeda geteilt", poverty),
                        new GoalClosedEvent("goal-2", LOBEDA, JENA, GoalOutcome.TRANSFERRED, "Teilung: Lobeda geteilt", schools),
                        new SozialraumRetiredEvent(LOBEDA, JENA, "Lobeda geteilt", Restructuring.SPLIT, List.of(NORD, WEST)))
                .expectResultMessagePayload(List.of(
                        new CarriedGoal(new GoalLink(LOBEDA, "goal-1"), poverty, CHILD_POVERTY),
                        new CarriedGoal(new GoalLink(LOBEDA, "goal-2"), schools, SCHOOLS)));
    }

    @Test
    void aSplitThatLeavesOpenGoalsWithoutSuccessorIsRefusedListingThem() {
        fixture.given(registered(LOBEDA), goalSet(LOBEDA, "goal-1", CHILD_POVERTY), goalSet(LOBEDA, "goal-2", SCHOOLS),
                        goalSet(LOBEDA, "goal-3", CARE))
                .when(split(new Takeover(NORD, Set.of("goal-2")), new Takeover(WEST, Set.of())), as(TestUser.STABSSTELLE))
                .expectException(GoalsUnassignedException.class)
                .expectExceptionMessage("Open goals without a successor: [goal-1, goal-3]")
                .expectNoEvents();
    }

    @Test
    void theUnassignedGoalsAreListedInTheProblem() {
        assertThat(new GoalsUnassignedException(List.of("goal-1", "goal-3")).details())
                .isEqualTo(Map.of("unassignedGoals", List.of("goal-1", "goal-3")));
    }

    @Test
    void aSplitGivesOnlyOpenGoalsOfItsOwnAndEachToOneSuccessor() {
        fixture.given(registered(LOBEDA), goalSet(LOBEDA, "goal-1", CHILD_POVERTY), goalSet(LOBEDA, "goal-2", SCHOOLS),
                        new GoalClosedEvent("goal-2", LOBEDA, JENA, GoalOutcome.ABANDONED, "eingestellt"))
                .when(split(new Takeover(NORD, Set.of("goal-1")), new Takeover(WEST, Set.of("goal-2"))), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Goal goal-2 is no open goal of sr-lobeda")
                .expectNoEvents();
        fixture.given(registered(LOBEDA), goalSet(LOBEDA, "goal-1", CHILD_POVERTY))
                .when(split(new Takeover(NORD, Set.of("goal-1")), new Takeover(WEST, Set.of("goal-1"))), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Goal goal-1 is given to two successors")
                .expectNoEvents();
    }

    @Test
    void aSplitIntoOneIsRefused() {
        fixture.given(registered(LOBEDA))
                .when(split(new Takeover(NORD, Set.of())), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A split needs at least two successors")
                .expectNoEvents();
    }

    @Test
    void aSplitNamesEachSuccessorOnceAndNotItself() {
        fixture.given(registered(LOBEDA))
                .when(split(new Takeover(NORD, Set.of()), new Takeover(NORD, Set.of())), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-lobeda-nord is named twice")
                .expectNoEvents();
        fixture.given(registered(LOBEDA))
                .when(split(new Takeover(NORD, Set.of()), new Takeover(LOBEDA, Set.of())), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-lobeda is named twice")
                .expectNoEvents();
    }

    @Test
    void theSuccessorOfAMergeStartsWithItsPredecessorsAndTheGoalsItTakesOver() {
        GoalPlan overdue = plan("Pflege im Quartier", Handlungsfeld.ALTENHILFE, LocalDate.of(2020, 6, 30));
        CarriedGoal poverty = carried(LOBEDA, "goal-1", SUED, CHILD_POVERTY);
        CarriedGoal care = carried(WINZERLA, "goal-7", SUED, overdue);
        fixture.givenNoPriorActivity()
                .when(new RegisterSuccessorCommand(SUED, JENA, new NewSozialraum(" Jena-Süd ", SozialraumKind.PLANUNGSRAUM, PARENT, 30000, null),
                        Restructuring.MERGE, List.of(LOBEDA, WINZERLA), List.of(poverty, care)), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new SozialraumRegisteredEvent(SUED, JENA, "Jena-Süd", SozialraumKind.PLANUNGSRAUM, PARENT, 30000, null,
                                Restructuring.MERGE, List.of(LOBEDA, WINZERLA)),
                        GoalSetEvent.carriedOver(poverty, JENA),
                        GoalSetEvent.carriedOver(care, JENA));
        assertThat(GoalSetEvent.carriedOver(care, JENA).carriedOverFrom()).isEqualTo(new GoalLink(WINZERLA, "goal-7"));
        assertThat(GoalSetEvent.carriedOver(care, JENA).dueDate()).as("a goal carried over keeps its due date").isEqualTo(overdue.dueDate());
    }

    @Test
    void aMergeOfOnlyOneSozialraumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.MERGE, List.of(LOBEDA), null), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A merge needs at least two different Sozialräume")
                .expectNoEvents();
    }

    @Test
    void aMergeNamesEachPredecessorOnce() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.MERGE, List.of(LOBEDA, WINZERLA, LOBEDA), null), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Sozialraum sr-lobeda is named twice")
                .expectNoEvents();
    }

    @Test
    void theSuccessorOfASplitHasExactlyOnePredecessor() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.SPLIT, List.of(LOBEDA, WINZERLA), null), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A split has exactly one predecessor")
                .expectNoEvents();
    }

    @Test
    void aSuccessorCannotLieWithinASozialraumThatRetiresWithIt() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.SPLIT, List.of(LOBEDA), LOBEDA), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Parent sr-lobeda retires with this SPLIT")
                .expectNoEvents();
    }

    @Test
    void aSuccessorsParentMustBeAnActiveSozialraumOfTheKommune() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.SPLIT, List.of(LOBEDA), "sr-unbekannt"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Parent sr-unbekannt is no active Sozialraum of 16053")
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneRegistersSuccessors() {
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.SPLIT, List.of(LOBEDA), null), as(TestUser.LEITUNG_SOZIALAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(successor(Restructuring.SPLIT, List.of(LOBEDA), null), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static RetireIntoSuccessorsCommand merge(String sozialraumId, String reason) {
        return new RetireIntoSuccessorsCommand(sozialraumId, Restructuring.MERGE, List.of(new Takeover(SUED, Set.of())), reason);
    }

    private static RetireIntoSuccessorsCommand split(Takeover... successors) {
        return new RetireIntoSuccessorsCommand(LOBEDA, Restructuring.SPLIT, List.of(successors), "Lobeda geteilt");
    }

    private static RegisterSuccessorCommand successor(Restructuring restructuring, List<String> predecessors, String parentId) {
        return new RegisterSuccessorCommand(NORD, JENA, new NewSozialraum("Lobeda-Nord", SozialraumKind.QUARTIER, parentId, null, null),
                restructuring, predecessors, List.of());
    }

    private static CarriedGoal carried(String from, String goalId, String to, GoalPlan plan) {
        return new CarriedGoal(new GoalLink(from, goalId), new GoalLink(to, CarriedGoal.idFor(to, goalId)), plan);
    }

    private static GoalPlan plan(String title, Handlungsfeld handlungsfeld, LocalDate due) {
        return new GoalPlan(title, handlungsfeld, Leitziel.ARMUTSBEKAEMPFUNG, Set.of(TargetGroup.KINDER_UND_JUGENDLICHE), "jugendamt", due, null);
    }

    private static GoalSetEvent goalSet(String sozialraumId, String goalId, GoalPlan plan) {
        return GoalSetEvent.of(goalId, sozialraumId, JENA, plan);
    }

    private static SozialraumRegisteredEvent registered(String sozialraumId) {
        return new SozialraumRegisteredEvent(sozialraumId, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, null, null);
    }
}
