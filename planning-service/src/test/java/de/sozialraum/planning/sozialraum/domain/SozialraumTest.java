package de.sozialraum.planning.sozialraum.domain;

import java.time.LocalDate;

import de.sozialraum.planning.kommune.ReferenceKommunen;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SozialraumTest {

    private static final String ID = "sr-lobeda";
    private static final String JENA = "16053";
    private static final LocalDate DUE = LocalDate.of(2027, 12, 31);

    private AggregateTestFixture<Sozialraum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sozialraum.class);
        fixture.registerInjectableResource(ReferenceKommunen.thueringen());
    }

    @Test
    void registersASozialraumOfAKnownKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "  Lobeda ", SozialraumKind.STADTTEIL), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL));
    }

    @Test
    void refusesASozialraumOfAnUnknownKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, "09162", "Schwabing", SozialraumKind.STADTTEIL),
                        as(new TestUser("stab-muenchen", "Stabsstelle München", "STABSSTELLE", null, "09162")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Kommune 09162 is unknown")
                .expectNoEvents();
    }

    @Test
    void setsAGoalThatCarriesItsSozialraumAndKommune() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", " Kinderarmut senken ", Handlungsfeld.JUGENDHILFE, DUE), as(TestUser.STABSSTELLE))
                .expectEvents(new GoalSetEvent("goal-1", ID, JENA, "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE));
    }

    @Test
    void refusesASecondGoalWithTheSameId() {
        fixture.given(registered(), new GoalSetEvent("goal-1", ID, JENA, "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE))
                .when(new SetGoalCommand(ID, "goal-1", "Noch einmal", Handlungsfeld.BILDUNG, DUE), as(TestUser.STABSSTELLE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAGoalForASozialraumThatWasNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new SetGoalCommand(ID, "goal-1", "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE), as(TestUser.STABSSTELLE))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void onlyTheStabsstelleRegistersSozialraeume() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aStabsstelleRegistersOnlyInItsOwnKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleSetsGoals() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE), as(TestUser.PRUEFUNG))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumDoesNotExistForTheStabsstelle() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id sr-lobeda in the actor's Kommune")
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumDoesNotExistWhateverTheRole() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE), as(TestUser.LEITUNG_JUGENDAMT_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    private static MetaData as(TestUser user) {
        return ActorMetaData.of(new Actor(user.id(), user.name(), user.role(), user.department(), user.kommune()));
    }

    private static SozialraumRegisteredEvent registered() {
        return new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL);
    }
}
