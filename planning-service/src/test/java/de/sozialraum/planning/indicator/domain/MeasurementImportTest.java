package de.sozialraum.planning.indicator.domain;

import static de.sozialraum.planning.FixtureActors.as;

import java.util.Map;
import java.util.TreeMap;

import de.sozialraum.planning.indicator.api.ConcludeMeasurementImportCommand;
import de.sozialraum.planning.indicator.api.ImportOutcome;
import de.sozialraum.planning.indicator.api.ImportReport;
import de.sozialraum.planning.indicator.api.MeasurementImportCompletedEvent;
import de.sozialraum.planning.indicator.api.MeasurementImportFailedEvent;
import de.sozialraum.planning.indicator.api.MeasurementImportRejectedEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasurementImportTest {

    private static final String ID = "import-1";
    private static final String JENA = "16053";
    private static final ImportReport APPLIED = new ImportReport("werte.csv", "stabsstelle", "Sabine Brandt", 10_000, 10_000, 10_000, 50, 10,
            0, Map.of());
    private static final ImportReport INVALID = new ImportReport("werte.csv", "stabsstelle", "Sabine Brandt", 10_000, 9_990, 0, 0, 0, 12,
            Map.of("value-invalid", 7L, "sozialraum-unknown", 5L));

    private AggregateTestFixture<MeasurementImport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeasurementImport.class);
    }

    @Test
    void anAppliedImportIsCompletedWithItsSize() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.APPLIED, APPLIED, null), as(TestUser.STABSSTELLE))
                .expectEvents(new MeasurementImportCompletedEvent(ID, JENA, ImportOutcome.APPLIED, "werte.csv", 10_000, 10_000, 50, 10, 0, 0,
                        new TreeMap<>(), "stabsstelle", "Sabine Brandt"));
    }

    @Test
    void anImportWithInvalidRowsIsRejectedWithItsErrorCounts() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.REJECTED, INVALID, null), as(TestUser.STABSSTELLE))
                .expectEvents(new MeasurementImportRejectedEvent(ID, JENA, "werte.csv", 10_000, 9_990, 12,
                        new TreeMap<>(Map.of("sozialraum-unknown", 5L, "value-invalid", 7L)), "stabsstelle", "Sabine Brandt"));
    }

    @Test
    void theSystemConcludesAnInterruptedImportAsFailedNamingWhoStartedIt() {
        Actor system = new Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null);
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.FAILED, APPLIED, " Dienst neu gestartet "),
                        ActorMetaData.of(system))
                .expectEvents(new MeasurementImportFailedEvent(ID, JENA, "werte.csv", "Dienst neu gestartet", 10_000, 10_000, 50,
                        "stabsstelle", "Sabine Brandt"));
    }

    @Test
    void aFailureNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.FAILED, APPLIED, " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anImportEndsOnceAndTheSecondConclusionLearnsTheFirst() {
        fixture.given(new MeasurementImportCompletedEvent(ID, JENA, ImportOutcome.APPLIED, "werte.csv", 10_000, 10_000, 50, 10, 0, 0,
                        Map.of(), "stabsstelle", "Sabine Brandt"))
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.FAILED, APPLIED, "Neustart"), as(TestUser.STABSSTELLE))
                .expectException(ImportConcludedException.class)
                .expectExceptionMessage("Import import-1 ended already: APPLIED")
                .expectNoEvents();
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneOrTheSystemConcludesImports() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.APPLIED, APPLIED, null), as(TestUser.PRUEFUNG))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ConcludeMeasurementImportCommand(ID, JENA, ImportOutcome.APPLIED, APPLIED, null), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
