package de.sozialraum.planning.indicator.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.util.Optional;

import de.sozialraum.planning.indicator.api.DefineIndicatorCommand;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.IndicatorDefinedEvent;
import de.sozialraum.planning.indicator.api.IndicatorRevisedEvent;
import de.sozialraum.planning.indicator.api.IndicatorSpec;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.api.ReviseIndicatorCommand;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static final String JENA = "16053";
    private static final IndicatorSpec SGB2 = new IndicatorSpec("SGB-II-Quote", "%", Polarity.LOWER_IS_BETTER, IndicatorCategory.SOCIAL,
            "Bundesagentur für Arbeit");

    private AggregateTestFixture<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerInjectableResource((KommuneDirectory) key -> JENA.equals(key) || "16052".equals(key)
                ? Optional.of(KommuneKind.KREISFREIE_STADT) : Optional.empty());
    }

    @Test
    void theStabsstelleDefinesAnIndicatorForItsKommune() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", new IndicatorSpec(" SGB-II-Quote ", "%", Polarity.LOWER_IS_BETTER,
                        IndicatorCategory.SOCIAL, " Bundesagentur für Arbeit ")), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(IndicatorDefinedEvent.of(JENA, "sgb2-quote", SGB2));
    }

    @Test
    void aCodeIsDefinedOncePerKommune() {
        fixture.given(defined())
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.STABSSTELLE))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Indicator sgb2-quote exists already")
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleDefinesIndicators() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.LEITUNG_SOZIALAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesCatalogueDoesNotExistForTheCaller() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(defined())
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownKommune() {
        TestUser muenchen = new TestUser("stab-muenchen", "Stabsstelle München", "STABSSTELLE", null, "09162");
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand("09162", "sgb2-quote", SGB2), as(muenchen))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Kommune 09162 is unknown")
                .expectNoEvents();
    }

    @Test
    void refusesAnInvalidCode() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "SGB II", SGB2), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Not an indicator code: SGB II")
                .expectNoEvents();
    }

    @Test
    void refusesAnIncompleteDefinition() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", new IndicatorSpec("SGB-II-Quote", " ", Polarity.LOWER_IS_BETTER,
                        IndicatorCategory.SOCIAL, "BA")), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(JENA, "sgb2-quote", new IndicatorSpec("SGB-II-Quote", "%", null,
                        IndicatorCategory.SOCIAL, "BA")), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void nameSourceAndCategoryAreRevisedAsAWholeWithARevisionNumber() {
        IndicatorSpec revised = new IndicatorSpec("Anteil SGB II", "%", Polarity.LOWER_IS_BETTER, IndicatorCategory.SOCIAL,
                "Bundesagentur für Arbeit, Statistik-Service Ost");
        fixture.given(defined(), IndicatorRevisedEvent.of(JENA, "sgb2-quote", SGB2, 1))
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", revised), as(TestUser.STABSSTELLE))
                .expectEvents(IndicatorRevisedEvent.of(JENA, "sgb2-quote", revised, 2));
    }

    @Test
    void unitAndPolarityNeverChange() {
        fixture.given(defined())
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", new IndicatorSpec("SGB-II-Quote", "‰", Polarity.LOWER_IS_BETTER,
                        IndicatorCategory.SOCIAL, "BA")), as(TestUser.STABSSTELLE))
                .expectException(IndicatorMeaningFixedException.class)
                .expectNoEvents();
        fixture.given(defined())
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", new IndicatorSpec("SGB-II-Quote", "%", Polarity.HIGHER_IS_BETTER,
                        IndicatorCategory.SOCIAL, "BA")), as(TestUser.STABSSTELLE))
                .expectException(IndicatorMeaningFixedException.class)
                .expectNoEvents();
    }

    @Test
    void theSameTextAgainRecordsNothingAndOnlyTheStabsstelleRevises() {
        fixture.given(defined())
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(defined())
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.PRUEFUNG))
                .expectException(ForbiddenException.class);
    }

    @Test
    void anUnknownIndicatorCannotBeRevised() {
        fixture.givenNoPriorActivity()
                .when(new ReviseIndicatorCommand(JENA, "sgb2-quote", SGB2), as(TestUser.STABSSTELLE))
                .expectException(AggregateNotFoundException.class);
    }

    private static IndicatorDefinedEvent defined() {
        return IndicatorDefinedEvent.of(JENA, "sgb2-quote", SGB2);
    }
}
