package de.sozialraum.planning.sozialraum.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import de.sozialraum.planning.department.DepartmentCatalogue;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.sozialraum.api.Boundary;
import de.sozialraum.planning.sozialraum.api.ChangeSozialraumBoundaryCommand;
import de.sozialraum.planning.sozialraum.api.CloseGoalCommand;
import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.planning.sozialraum.api.GoalPlan;
import de.sozialraum.planning.sozialraum.api.GoalRevisedEvent;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RenameSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RetireSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.ReviseGoalCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumBoundaryChangedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRenamedEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SozialraumTest {

    private static final String ID = "sr-lobeda";
    private static final String JENA = "16053";
    private static final String PARENT = "sr-jena-sued";
    private static final Boundary SQUARE = Boundary.of("Polygon",
            List.of(List.of(List.of(11.6, 50.88), List.of(11.62, 50.88), List.of(11.62, 50.9), List.of(11.6, 50.88))));
    private static final LocalDate DUE = LocalDate.of(2027, 12, 31);

    private static final IndicatorDefinition SGB2_QUOTE = new IndicatorDefinition(JENA, "sgb2-quote", "SGB-II-Quote", "%",
            Polarity.LOWER_IS_BETTER, IndicatorCategory.SOCIAL, "Bundesagentur für Arbeit");
    private static final IndicatorDefinition KITA_QUOTE = new IndicatorDefinition(JENA, "kita-quote", "Betreuungsquote unter 3", "%",
            Polarity.HIGHER_IS_BETTER, IndicatorCategory.EDUCATION, "Jugendamt");

    private AggregateTestFixture<Sozialraum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sozialraum.class);
        fixture.registerInjectableResource((KommuneDirectory) key -> Set.of(JENA, "16052").contains(key)
                ? Optional.of(KommuneKind.KREISFREIE_STADT) : Optional.empty());
        fixture.registerInjectableResource((SozialraumCatalogue) id -> PARENT.equals(id)
                ? Optional.of(new SozialraumCatalogue.Known(JENA, false)) : Optional.empty());
        fixture.registerInjectableResource((DepartmentCatalogue) (kommune, department) -> JENA.equals(kommune)
                ? Set.of("jugendamt", "sozialamt").contains(department)
                : "16052".equals(kommune) && department.equals("stadtteilbuero-bieblach"));
        fixture.registerInjectableResource((IndicatorCatalogue) (kommune, code) -> Stream.of(SGB2_QUOTE, KITA_QUOTE)
                .filter(indicator -> indicator.kommuneKey().equals(kommune) && indicator.code().equals(code)).findFirst());
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void registersASozialraumOfAKnownKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "  Lobeda ", SozialraumKind.STADTTEIL, null, null, null), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, null, null));
    }

    @Test
    void refusesASozialraumOfAnUnknownKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, "09162", "Schwabing", SozialraumKind.STADTTEIL, null, null, null),
                        as(new TestUser("stab-muenchen", "Stabsstelle München", "STABSSTELLE", null, "09162")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Kommune 09162 is unknown")
                .expectNoEvents();
    }

    @Test
    void setsAGoalThatCarriesItsSozialraumAndKommune() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", plan(" Kinderarmut senken ", Handlungsfeld.JUGENDHILFE)), as(TestUser.STABSSTELLE))
                .expectEvents(GoalSetEvent.of("goal-1", ID, JENA, plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)));
    }

    @Test
    void refusesASecondGoalWithTheSameId() {
        fixture.given(registered(), GoalSetEvent.of("goal-1", ID, JENA, plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)))
                .when(new SetGoalCommand(ID, "goal-1", plan("Noch einmal", Handlungsfeld.BILDUNG)), as(TestUser.STABSSTELLE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAGoalForASozialraumThatWasNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new SetGoalCommand(ID, "goal-1", plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)), as(TestUser.STABSSTELLE))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void onlyTheStabsstelleRegistersSozialraeume() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, null, null), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aStabsstelleRegistersOnlyInItsOwnKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, null, null), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleSetsGoals() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)), as(TestUser.PRUEFUNG))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumDoesNotExistForTheStabsstelle() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id sr-lobeda in the actor's Kommune")
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumDoesNotExistWhateverTheRole() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)), as(TestUser.LEITUNG_JUGENDAMT_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void registersWithinAParentWithPopulationAndBoundary() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, PARENT, 21_000, SQUARE),
                        as(TestUser.STABSSTELLE))
                .expectEvents(new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, PARENT, 21_000, SQUARE));
    }

    @Test
    void refusesAParentThatIsNotAnActiveSozialraumOfTheKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, "sr-gera-mitte", null, null),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Parent sr-gera-mitte is no active Sozialraum of 16053")
                .expectNoEvents();
    }

    @Test
    void refusesANegativePopulation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, -1, null), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void renamingRecordsTheOldAndTheNewName() {
        fixture.given(registered())
                .when(new RenameSozialraumCommand(ID, " Lobeda-West "), as(TestUser.STABSSTELLE))
                .expectEvents(new SozialraumRenamedEvent(ID, JENA, "Lobeda", "Lobeda-West"));
    }

    @Test
    void renamingToTheSameNameRecordsNothing() {
        fixture.given(registered())
                .when(new RenameSozialraumCommand(ID, "Lobeda"), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewBoundaryIsRecordedWithItsReason() {
        fixture.given(registered())
                .when(new ChangeSozialraumBoundaryCommand(ID, SQUARE, " Neubaugebiet eingemeindet "), as(TestUser.STABSSTELLE))
                .expectEvents(new SozialraumBoundaryChangedEvent(ID, JENA, SQUARE, "Neubaugebiet eingemeindet"));
    }

    @Test
    void aNewBoundaryNeedsAReason() {
        fixture.given(registered())
                .when(new ChangeSozialraumBoundaryCommand(ID, SQUARE, " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void retiringAbandonsTheOpenGoalsKeepsTheHistoryAndRecordsWhy() {
        GoalSetEvent achievedGoal = GoalSetEvent.of("goal-0", ID, JENA, plan("Spielplatz erneuern", Handlungsfeld.JUGENDHILFE));
        fixture.given(registered(), achievedGoal, new GoalClosedEvent("goal-0", ID, JENA, GoalOutcome.ACHIEVED, null),
                        GoalSetEvent.of("goal-1", ID, JENA, plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)))
                .when(new RetireSozialraumCommand(ID, "Mit Winzerla zusammengelegt"), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalClosedEvent("goal-1", ID, JENA, GoalOutcome.ABANDONED, "Sozialraum aufgelöst: Mit Winzerla zusammengelegt"),
                        new SozialraumRetiredEvent(ID, JENA, "Mit Winzerla zusammengelegt"));
    }

    @Test
    void aRetiredSozialraumTakesNoGoalNoNameNoBoundaryAndIsNotRetiredTwice() {
        SozialraumRetiredEvent retired = new SozialraumRetiredEvent(ID, JENA, "aufgelöst");
        fixture.given(registered(), retired)
                .when(new SetGoalCommand(ID, "goal-1", plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE)), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class)
                .expectNoEvents();
        fixture.given(registered(), retired)
                .when(new RenameSozialraumCommand(ID, "Neu"), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class);
        fixture.given(registered(), retired)
                .when(new ChangeSozialraumBoundaryCommand(ID, SQUARE, "neu"), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class);
        fixture.given(registered(), retired)
                .when(new RetireSozialraumCommand(ID, "noch einmal"), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class);
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneChangesASozialraum() {
        fixture.given(registered())
                .when(new RetireSozialraumCommand(ID, "aufgelöst"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new RenameSozialraumCommand(ID, "Gera-Lobeda"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aGoalNamesLeitzielTargetGroupsAndItsLeadDepartment() {
        GoalPlan plan = new GoalPlan(" Kinderarmut senken ", Handlungsfeld.JUGENDHILFE, Leitziel.ARMUTSBEKAEMPFUNG,
                Set.of(TargetGroup.ALLEINERZIEHENDE, TargetGroup.KINDER_UND_JUGENDLICHE), "jugendamt", DUE, null);
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", plan), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalSetEvent("goal-1", ID, JENA, "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE,
                        Leitziel.ARMUTSBEKAEMPFUNG, Set.of(TargetGroup.ALLEINERZIEHENDE, TargetGroup.KINDER_UND_JUGENDLICHE), "jugendamt", null));
    }

    @Test
    void aGoalDueInThePastOrLedByAnUnknownDepartmentIsRefused() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", new GoalPlan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE,
                        Leitziel.ARMUTSBEKAEMPFUNG, Set.of(), "jugendamt", LocalDate.of(2026, 11, 25), null)), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Due date 2026-11-25 is in the past")
                .expectNoEvents();
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", new GoalPlan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE,
                        Leitziel.ARMUTSBEKAEMPFUNG, Set.of(), "bauamt", DUE, null)), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department bauamt is unknown")
                .expectNoEvents();
    }

    @Test
    void aMeasuredGoalNamesAnIndicatorOfTheKommuneAndATargetBeyondTheBaseline() {
        GoalPlan fewerInPoverty = measured(new GoalTarget(" sgb2-quote ", new BigDecimal("18.4"), "2024", new BigDecimal("15")));
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", fewerInPoverty), as(TestUser.STABSSTELLE))
                .expectEvents(GoalSetEvent.of("goal-1", ID, JENA, fewerInPoverty));
        GoalPlan moreDayCare = measured(new GoalTarget("kita-quote", new BigDecimal("61"), null, new BigDecimal("70")));
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", moreDayCare), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(GoalSetEvent.of("goal-1", ID, JENA, moreDayCare));
    }

    @Test
    void aTargetThatIsNoImprovementForTheIndicatorsPolarityIsRefused() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", measured(new GoalTarget("sgb2-quote", new BigDecimal("18.4"), "2024",
                        new BigDecimal("20")))), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Target 20 is no improvement on baseline 18.4 for an indicator where lower is better")
                .expectNoEvents();
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", measured(new GoalTarget("kita-quote", new BigDecimal("61"), null,
                        new BigDecimal("61.0")))), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Target 61.0 is no improvement on baseline 61 for an indicator where higher is better")
                .expectNoEvents();
    }

    @Test
    void aGoalMeasuredByAnIndicatorTheKommuneDoesNotHaveOrWithoutValuesIsRefused() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", measured(new GoalTarget("wohngeld-quote", BigDecimal.ONE, null, BigDecimal.TEN))),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Indicator wohngeld-quote is not in the catalogue of 16053")
                .expectNoEvents();
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", measured(new GoalTarget("kita-quote", null, null, BigDecimal.TEN))),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A measured goal needs indicator, baseline and target value")
                .expectNoEvents();
    }

    @Test
    void aRevisionCanChangeWhatAGoalIsMeasuredByUnderTheSameRules() {
        GoalPlan measuredNow = measured(new GoalTarget("sgb2-quote", new BigDecimal("18.4"), "2024", new BigDecimal("16")));
        fixture.given(registered(), goalSet())
                .when(new ReviseGoalCommand(ID, "goal-1", measuredNow, "Indikator festgelegt"), as(TestUser.STABSSTELLE))
                .expectEvents(GoalRevisedEvent.of("goal-1", ID, JENA, measuredNow, "Indikator festgelegt", 1));
        fixture.given(registered(), goalSet())
                .when(new ReviseGoalCommand(ID, "goal-1", measured(new GoalTarget("sgb2-quote", new BigDecimal("18.4"), null,
                        new BigDecimal("19"))), "falsch herum"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
        void theLeadDepartmentMustBeActiveInTheSozialraumsOwnKommuneAlsoWhenTheGoalIsRevised() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", new GoalPlan("Treffpunkt schaffen", Handlungsfeld.JUGENDHILFE,
                        Leitziel.TEILHABE, Set.of(), "stadtteilbuero-bieblach", DUE, null)), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department stadtteilbuero-bieblach is unknown")
                .expectNoEvents();
        GoalPlan ledByRetired = new GoalPlan("Quartier beleben", Handlungsfeld.WOHNEN, Leitziel.TEILHABE, Set.of(), "quartiersmanagement", DUE, null);
        fixture.given(registered(), GoalSetEvent.of("goal-1", ID, JENA, ledByRetired))
                .when(new ReviseGoalCommand(ID, "goal-1", ledByRetired, "Neuer Termin"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Department quartiersmanagement is unknown")
                .expectNoEvents();
    }

    @Test
    void aRevisionRecordsTheWholeGoalAsItReadsNowAndWhy() {
        GoalPlan later = new GoalPlan("Kinderarmut halbieren", Handlungsfeld.JUGENDHILFE, Leitziel.ARMUTSBEKAEMPFUNG,
                Set.of(TargetGroup.ALLEINERZIEHENDE), "sozialamt", DUE.plusYears(1), null);
        fixture.given(registered(), goalSet())
                .when(new ReviseGoalCommand(ID, "goal-1", later, " Beschluss des Jugendhilfeausschusses "), as(TestUser.STABSSTELLE))
                .expectEvents(GoalRevisedEvent.of("goal-1", ID, JENA, later, "Beschluss des Jugendhilfeausschusses", 1));
        fixture.given(registered(), goalSet(), GoalRevisedEvent.of("goal-1", ID, JENA, later, "erste Änderung", 1))
                .when(new ReviseGoalCommand(ID, "goal-1", later, "zweite Änderung"), as(TestUser.STABSSTELLE))
                .expectEvents(GoalRevisedEvent.of("goal-1", ID, JENA, later, "zweite Änderung", 2));
    }

    @Test
    void aRevisionNeedsAReasonAndAnExistingGoal() {
        fixture.given(registered(), goalSet())
                .when(new ReviseGoalCommand(ID, "goal-1", plan("Neu", Handlungsfeld.BILDUNG), " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new ReviseGoalCommand(ID, "goal-9", plan("Neu", Handlungsfeld.BILDUNG), "Grund"), as(TestUser.STABSSTELLE))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("No goal goal-9 in Sozialraum sr-lobeda")
                .expectNoEvents();
    }

    @Test
    void aGoalIsAchievedWithAnOptionalNoteOrAbandonedWithItsReason() {
        fixture.given(registered(), goalSet())
                .when(new CloseGoalCommand(ID, "goal-1", GoalOutcome.ACHIEVED, " Quote unter 10 % "), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalClosedEvent("goal-1", ID, JENA, GoalOutcome.ACHIEVED, "Quote unter 10 %"));
        fixture.given(registered(), goalSet())
                .when(new CloseGoalCommand(ID, "goal-1", GoalOutcome.ACHIEVED, null), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalClosedEvent("goal-1", ID, JENA, GoalOutcome.ACHIEVED, null));
        fixture.given(registered(), goalSet())
                .when(new CloseGoalCommand(ID, "goal-1", GoalOutcome.ABANDONED, "  "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(registered(), goalSet())
                .when(new CloseGoalCommand(ID, "goal-1", GoalOutcome.ABANDONED, "Förderprogramm eingestellt"), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalClosedEvent("goal-1", ID, JENA, GoalOutcome.ABANDONED, "Förderprogramm eingestellt"));
    }

    @Test
    void aClosedGoalTakesNoRevisionAndNoSecondEnd() {
        GoalClosedEvent achieved = new GoalClosedEvent("goal-1", ID, JENA, GoalOutcome.ACHIEVED, null);
        fixture.given(registered(), goalSet(), achieved)
                .when(new ReviseGoalCommand(ID, "goal-1", plan("Neu", Handlungsfeld.BILDUNG), "Grund"), as(TestUser.STABSSTELLE))
                .expectException(GoalClosedException.class)
                .expectNoEvents();
        fixture.given(registered(), goalSet(), achieved)
                .when(new CloseGoalCommand(ID, "goal-1", GoalOutcome.ABANDONED, "doch nicht"), as(TestUser.STABSSTELLE))
                .expectException(GoalClosedException.class)
                .expectNoEvents();
    }

    private static GoalPlan measured(GoalTarget target) {
        return new GoalPlan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE, Leitziel.ARMUTSBEKAEMPFUNG, Set.of(), "jugendamt", DUE, target);
    }

    private static GoalPlan plan(String title, Handlungsfeld handlungsfeld) {
        return new GoalPlan(title, handlungsfeld, Leitziel.TEILHABE, Set.of(), "jugendamt", DUE, null);
    }

    private static GoalSetEvent goalSet() {
        return GoalSetEvent.of("goal-1", ID, JENA, plan("Kinderarmut senken", Handlungsfeld.JUGENDHILFE));
    }

    private static SozialraumRegisteredEvent registered() {
        return new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL, null, null, null);
    }
}
