package de.sozialraum.planning.needindex.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.needindex.api.DefineNeedIndexCommand;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;
import de.sozialraum.planning.needindex.api.NeedIndexDefinedEvent;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NeedIndexMethodTest {

    private static final String JENA = "16053";
    private static final NeedIndexComponent SGB2 = new NeedIndexComponent("sgb2-quote", new BigDecimal("2"));
    private static final NeedIndexComponent KITA = new NeedIndexComponent("kita-quote", BigDecimal.ONE);

    private AggregateTestFixture<NeedIndexMethod> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NeedIndexMethod.class);
        fixture.registerInjectableResource((IndicatorCatalogue) (kommune, code) -> JENA.equals(kommune)
                && Set.of("sgb2-quote", "kita-quote").contains(code)
                ? Optional.of(new IndicatorDefinition(kommune, code, code, "%", Polarity.LOWER_IS_BETTER, IndicatorCategory.SOCIAL, "Statistik"))
                : Optional.empty());
    }

    @Test
    void theStabsstelleDefinesTheFirstVersionAndEveryChangeIsTheNext() {
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2, KITA), " Beschluss Steuerungsgruppe "), as(TestUser.STABSSTELLE))
                .expectEvents(new NeedIndexDefinedEvent(JENA, 1, List.of(SGB2, KITA), "Beschluss Steuerungsgruppe"))
                .expectResultMessagePayload(1);
        fixture.given(new NeedIndexDefinedEvent(JENA, 1, List.of(SGB2, KITA), "erste Fassung"))
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2), "Kita-Quote nicht mehr aussagekräftig"), as(TestUser.STABSSTELLE))
                .expectEvents(new NeedIndexDefinedEvent(JENA, 2, List.of(SGB2), "Kita-Quote nicht mehr aussagekräftig"))
                .expectResultMessagePayload(2);
    }

    @Test
    void theSameMethodAgainRecordsNothing() {
        fixture.given(new NeedIndexDefinedEvent(JENA, 1, List.of(SGB2, KITA), "erste Fassung"))
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2, KITA), "noch einmal"), as(TestUser.STABSSTELLE))
                .expectNoEvents()
                .expectResultMessagePayload(1);
        fixture.given(new NeedIndexDefinedEvent(JENA, 1, List.of(SGB2, KITA), "erste Fassung"))
                .when(DefineNeedIndexCommand.of(JENA, List.of(new NeedIndexComponent("kita-quote", new BigDecimal("1.00")),
                        new NeedIndexComponent("sgb2-quote", new BigDecimal("2.0"))), "andere Reihenfolge"), as(TestUser.STABSSTELLE))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void anIndicatorTheKommuneDoesNotHaveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2, new NeedIndexComponent("wohngeld-quote", BigDecimal.ONE)), "Grund"),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Indicator wohngeld-quote is not in the catalogue of 16053");
    }

    @Test
    void noIndicatorsAnIndicatorTwiceOrAWeightOutOfRangeAreRefused() {
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(), "Grund"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A need index takes 1 to 10 indicators");
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2, new NeedIndexComponent("sgb2-quote", BigDecimal.ONE)), "Grund"),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Indicator sgb2-quote is named twice or not at all");
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(new NeedIndexComponent("sgb2-quote", BigDecimal.ZERO)), "Grund"),
                        as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Weight of sgb2-quote must be above 0 and at most 100");
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2), " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A reason is required");
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneDefinesIt() {
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2), "Grund"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class);
        fixture.givenNoPriorActivity()
                .when(DefineNeedIndexCommand.of(JENA, List.of(SGB2), "Grund"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class);
    }
}
