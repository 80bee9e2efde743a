package de.sozialraum.planning.indicator.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import de.sozialraum.planning.indicator.api.ImportMeasurementsCommand;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.MeasuredValue;
import de.sozialraum.planning.indicator.api.Measurement;
import de.sozialraum.planning.indicator.api.MeasurementRecordedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.api.RecordMeasurementCommand;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import de.sozialraum.planning.sozialraum.domain.SozialraumRetiredException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasurementSeriesTest {

    private static final String JENA = "16053";
    private static final String LOBEDA = "sr-lobeda";
    private static final String RETIRED = "sr-altlobeda";
    private static final String SGB2 = "sgb2-quote";
    private static final String IMPORT = "import-1";

    private AggregateTestFixture<MeasurementSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeasurementSeries.class);
        fixture.registerInjectableResource((SozialraumCatalogue) id -> switch (id) {
            case LOBEDA -> Optional.of(new SozialraumCatalogue.Known(JENA, false));
            case RETIRED -> Optional.of(new SozialraumCatalogue.Known(JENA, true));
            default -> Optional.empty();
        });
        fixture.registerInjectableResource((IndicatorCatalogue) (kommune, code) -> JENA.equals(kommune) && SGB2.equals(code)
                ? Optional.of(new IndicatorDefinition(JENA, SGB2, "SGB-II-Quote", "%", Polarity.LOWER_IS_BETTER, IndicatorCategory.SOCIAL, "BA"))
                : Optional.empty());
    }

    @Test
    void theStabsstelleRecordsAValueForAPeriodWithItsStichtag() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, SGB2, "2025-q3", "12.5"), as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeasurementRecordedEvent(LOBEDA, JENA, SGB2, "2025-Q3", LocalDate.of(2025, 9, 30), new BigDecimal("12.5")));
    }

    @Test
    void aSecondValueForTheSamePeriodIsRefused() {
        fixture.given(recorded("2025-Q3", "12.5"))
                .when(record(LOBEDA, SGB2, "2025-Q3", "11.0"), as(TestUser.STABSSTELLE))
                .expectException(MeasurementPeriodsRecordedException.class)
                .expectExceptionMessage("Series sr-lobeda/sgb2-quote has values for [2025-Q3]")
                .expectNoEvents();
    }

    @Test
    void aMeasurementForAnUnknownIndicatorIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, "kita-quote", "2025", "48"), as(TestUser.STABSSTELLE))
                .expectException(IndicatorUnknownException.class)
                .expectExceptionMessage("Kommune 16053 has no indicator kita-quote")
                .expectNoEvents();
    }

    @Test
    void aRetiredSozialraumTakesNoMeasurements() {
        fixture.givenNoPriorActivity()
                .when(record(RETIRED, SGB2, "2025", "12"), as(TestUser.STABSSTELLE))
                .expectException(SozialraumRetiredException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownSozialraumIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(record("sr-unknown", SGB2, "2025", "12"), as(TestUser.STABSSTELLE))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesSozialraumIsNotFoundLikeAnUnknownOne() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, SGB2, "2025", "12"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("Nothing with id sr-lobeda in the actor's Kommune")
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleRecordsMeasurements() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, SGB2, "2025", "12"), as(TestUser.LEITUNG_SOZIALAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void aSeriesKeepsTheKindOfItsFirstPeriod() {
        fixture.given(recorded("2025-Q3", "12.5"))
                .when(record(LOBEDA, SGB2, "2025-10", "12.1"), as(TestUser.STABSSTELLE))
                .expectException(PeriodKindMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void aValueWithTooManyDigitsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, SGB2, "2025", "0.1234567"), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anImportChunkIsRecordedAsOneEventOldestFirst() {
        fixture.given(recorded("2024-12", "13.0"))
                .when(new ImportMeasurementsCommand(LOBEDA, SGB2, IMPORT, List.of(measurement("2025-02", "12.4"), measurement("2025-01", "12.8"))),
                        as(TestUser.STABSSTELLE))
                .expectEvents(new MeasurementsImportedEvent(LOBEDA, JENA, SGB2, IMPORT, List.of(
                        new MeasuredValue("2025-01", LocalDate.of(2025, 1, 31), new BigDecimal("12.8")),
                        new MeasuredValue("2025-02", LocalDate.of(2025, 2, 28), new BigDecimal("12.4")))));
    }

    @Test
    void anImportChunkWithARecordedPeriodIsRefusedAsAWholeNamingThePeriods() {
        fixture.given(recorded("2025-01", "12.8"))
                .when(new ImportMeasurementsCommand(LOBEDA, SGB2, IMPORT, List.of(measurement("2025-01", "12.7"), measurement("2025-02", "12.4"))),
                        as(TestUser.STABSSTELLE))
                .expectException(MeasurementPeriodsRecordedException.class)
                .expectExceptionMessage("Series sr-lobeda/sgb2-quote has values for [2025-01]")
                .expectNoEvents();
    }

    @Test
    void anImportedPeriodCannotBeRecordedAgain() {
        fixture.given(new MeasurementsImportedEvent(LOBEDA, JENA, SGB2, IMPORT,
                        List.of(new MeasuredValue("2025-01", LocalDate.of(2025, 1, 31), new BigDecimal("12.8")))))
                .when(record(LOBEDA, SGB2, "2025-01", "12.8"), as(TestUser.STABSSTELLE))
                .expectException(MeasurementPeriodsRecordedException.class)
                .expectNoEvents();
    }

    @Test
    void anImportChunkForAnUnknownIndicatorIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ImportMeasurementsCommand(LOBEDA, "kita-quote", IMPORT, List.of(measurement("2025", "48"))), as(TestUser.STABSSTELLE))
                .expectException(IndicatorUnknownException.class)
                .expectNoEvents();
    }

    @Test
    void anImportChunkLargerThanAnEventMayCarryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ImportMeasurementsCommand(LOBEDA, SGB2, IMPORT, IntStream.rangeClosed(1, MeasurementSeries.MAX_VALUES_PER_IMPORT + 1)
                        .mapToObj(i -> measurement(String.valueOf(1900 + i % 200), "1")).toList()), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static RecordMeasurementCommand record(String sozialraumId, String code, String period, String value) {
        return new RecordMeasurementCommand(sozialraumId, code, measurement(period, value));
    }

    private static Measurement measurement(String period, String value) {
        return new Measurement(new Period(period), new BigDecimal(value));
    }

    private static MeasurementRecordedEvent recorded(String period, String value) {
        Period parsed = new Period(period);
        return new MeasurementRecordedEvent(LOBEDA, JENA, SGB2, parsed.value(), parsed.end(), new BigDecimal(value));
    }
}
