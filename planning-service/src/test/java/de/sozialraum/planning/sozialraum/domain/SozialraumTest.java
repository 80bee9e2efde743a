package de.sozialraum.planning.sozialraum.domain;

import java.time.LocalDate;

import de.sozialraum.planning.kommune.ReferenceKommunen;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.RuleViolationException;
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
                .when(new RegisterSozialraumCommand(ID, JENA, "  Lobeda ", SozialraumKind.STADTTEIL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL));
    }

    @Test
    void refusesASozialraumOfAnUnknownKommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSozialraumCommand(ID, "09162", "Schwabing", SozialraumKind.STADTTEIL))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Kommune 09162 is unknown")
                .expectNoEvents();
    }

    @Test
    void setsAGoalThatCarriesItsSozialraumAndKommune() {
        fixture.given(registered())
                .when(new SetGoalCommand(ID, "goal-1", " Kinderarmut senken ", Handlungsfeld.JUGENDHILFE, DUE))
                .expectEvents(new GoalSetEvent("goal-1", ID, JENA, "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE));
    }

    @Test
    void refusesASecondGoalWithTheSameId() {
        fixture.given(registered(), new GoalSetEvent("goal-1", ID, JENA, "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE))
                .when(new SetGoalCommand(ID, "goal-1", "Noch einmal", Handlungsfeld.BILDUNG, DUE))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAGoalForASozialraumThatWasNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new SetGoalCommand(ID, "goal-1", "Kinderarmut senken", Handlungsfeld.JUGENDHILFE, DUE))
                .expectException(AggregateNotFoundException.class);
    }

    private static SozialraumRegisteredEvent registered() {
        return new SozialraumRegisteredEvent(ID, JENA, "Lobeda", SozialraumKind.STADTTEIL);
    }
}
