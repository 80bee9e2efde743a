package de.sozialraum.coordination.decision.domain;

import static de.sozialraum.coordination.FixtureActors.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import de.sozialraum.coordination.FakeSozialraumDirectory;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.decision.api.AmendDecisionCommand;
import de.sozialraum.coordination.decision.api.DecisionAmendedEvent;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionPartiallyImplementedEvent;
import de.sozialraum.coordination.decision.api.DecisionRecordedEvent;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.DecisionRevokedEvent;
import de.sozialraum.coordination.decision.api.Mandate;
import de.sozialraum.coordination.decision.api.MandateIds;
import de.sozialraum.coordination.decision.api.MandateNotIssuedEvent;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.RecordDecisionCommand;
import de.sozialraum.coordination.decision.api.RecordImplementationOutcomeCommand;
import de.sozialraum.coordination.decision.api.RecordMandateNotIssuedCommand;
import de.sozialraum.coordination.decision.api.ReferenceKind;
import de.sozialraum.coordination.decision.api.RevokeDecisionCommand;
import de.sozialraum.coordination.decision.api.Votes;
import de.sozialraum.coordination.department.domain.DepartmentCatalogue;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.problem.DomainException;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final String ID = "d-1";
    private static final String JENA = "16053";
    private static final String LOBEDA = "sr-lobeda";
    private static final String WINZERLA = "sr-winzerla";
    private static final String RETIRED = "sr-altlobeda";
    private static final String GERA_SR = "sr-gera";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate DECIDED = LocalDate.of(2027, 3, 4);
    private static final LocalDate DUE = LocalDate.of(2027, 9, 30);
    private static final Votes VOTES = new Votes(11, 2, 1);

    private static final SozialraumDirectory DIRECTORY = new FakeSozialraumDirectory()
            .sozialraum(LOBEDA, JENA, "goal-1").sozialraum(WINZERLA, JENA, "goal-w").retired(RETIRED, JENA)
            .sozialraum(GERA_SR, "16052");

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource((DepartmentCatalogue) (kommune, department) -> JENA.equals(kommune)
                && Set.of("jugendamt", "sozialamt").contains(department));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                ZoneId.of("Europe/Berlin")));
    }

    private static RecordDecisionCommand record(String sozialraumId, List<DecisionReference> references, List<Mandate> mandates) {
        return new RecordDecisionCommand(ID, DecisionBody.JUGENDHILFEAUSSCHUSS, null, DECIDED, " Streetwork in Lobeda ",
                "Die Jugendhilfeplanung zeigt Bedarf.", VOTES, sozialraumId, references, mandates);
    }

    private static Mandate mandate(String department) {
        return new Mandate(department, "Streetwork ausbauen", null, DUE, null, null);
    }

    private static String mandateId(int index) {
        return MandateIds.of(ID, index);
    }

    private static DecisionRecordedEvent recorded(MandatedAssignment... mandates) {
        return new DecisionRecordedEvent(ID, JENA, LOBEDA, DecisionBody.JUGENDHILFEAUSSCHUSS, null, DECIDED, "Streetwork in Lobeda",
                "Die Jugendhilfeplanung zeigt Bedarf.", VOTES, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-1", LOBEDA)),
                List.of(mandates));
    }

    private static MandatedAssignment mandated(int index, String department) {
        return new MandatedAssignment(mandateId(index), LOBEDA, department, "Streetwork ausbauen", null, DUE, AssignmentPriority.NORMAL);
    }

    private static MetaData system(String kommune) {
        return ActorMetaData.of(new SystemActorProperties("system", "Systemkonto", "SYSTEM", null, null).forKommune(kommune));
    }

    @Test
    void recordsADecisionOfTheStabsstellesKommuneWithItsMandatesUnderFixedAssignmentIds() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-1", null)),
                        List.of(mandate("jugendamt"), mandate("sozialamt"))), as(TestUser.STABSSTELLE))
                .expectEvents(recorded(mandated(0, "jugendamt"), mandated(1, "sozialamt")));
        assertThat(mandateId(0)).isNotEqualTo(mandateId(1)).isEqualTo(MandateIds.of(ID, 0));
    }

    @Test
    void aDecisionOfTheKommuneAsAWholeGoesOnTheKommunesTimelineAndItsMandatesNameTheirSozialraum() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecisionCommand(ID, DecisionBody.OTHER, " Ortsteilrat Lobeda ", DECIDED, "Haushalt", "Begründung", null,
                        null, List.of(new DecisionReference(ReferenceKind.MEASUREMENT, "m-7", null)),
                        List.of(new Mandate("sozialamt", "Beratung", " abends ", DUE, AssignmentPriority.HIGH, WINZERLA))),
                        as(TestUser.STABSSTELLE))
                .expectEvents(new DecisionRecordedEvent(ID, JENA, null, DecisionBody.OTHER, "Ortsteilrat Lobeda", DECIDED, "Haushalt",
                        "Begründung", null, List.of(new DecisionReference(ReferenceKind.MEASUREMENT, "m-7", null)),
                        List.of(new MandatedAssignment(mandateId(0), WINZERLA, "sozialamt", "Beratung", "abends", DUE,
                                AssignmentPriority.HIGH))));
        assertThat(recorded().timelineId()).isEqualTo(LOBEDA);
        assertThat(new DecisionRevokedEvent(ID, JENA, null, "x").timelineId()).isEqualTo("kommune:16053");
    }

    @Test
    void onlyTheStabsstelleRecordsDecisions() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, List.of(), List.of()), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void anotherBodyNeedsItsName() {
        refusedOnRecord(new RecordDecisionCommand(ID, DecisionBody.OTHER, " ", DECIDED, "S", "R", null, null, List.of(), List.of()),
                "decision-text-missing");
    }

    @Test
    void aDecisionCannotBeTakenInTheFuture() {
        refusedOnRecord(new RecordDecisionCommand(ID, DecisionBody.STADTRAT, null, TODAY.plusDays(1), "S", "R", null, null, List.of(),
                List.of()), "decision-date-future");
    }

    @Test
    void aDecisionNeedsSubjectAndRationale() {
        refusedOnRecord(new RecordDecisionCommand(ID, DecisionBody.STADTRAT, null, TODAY, "S", " ", null, null, List.of(), List.of()),
                "decision-text-missing");
    }

    @Test
    void negativeVoteCountsAreRefused() {
        refusedOnRecord(new RecordDecisionCommand(ID, DecisionBody.STADTRAT, null, TODAY, "S", "R", new Votes(3, -1, 0), null, List.of(),
                List.of()), "decision-votes-invalid");
    }

    @Test
    void theSozialraumMustBeKnownInTheKommuneAndNotRetired() {
        refusedOnRecord(record("sr-unknown", List.of(), List.of()), "sozialraum-unknown");
        refusedOnRecord(record(GERA_SR, List.of(), List.of()), "sozialraum-unknown");
        refusedOnRecord(record(RETIRED, List.of(), List.of()), "sozialraum-retired");
    }

    @Test
    void goalReferencesMustBeKnownGoalsOfTheirSozialraum() {
        refusedOnRecord(record(LOBEDA, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-w", null)), List.of()), "goal-unknown");
        refusedOnRecord(record(null, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-1", null)), List.of()),
                "decision-reference-sozialraum-missing");
        refusedOnRecord(record(LOBEDA, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-g", GERA_SR)), List.of()),
                "sozialraum-unknown");
        refusedOnRecord(record(LOBEDA, List.of(new DecisionReference(ReferenceKind.ASSIGNMENT, " ", null)), List.of()),
                "decision-reference-invalid");
    }

    @Test
    void aGoalOfAnotherSozialraumOfTheKommuneMayBeReferenced() {
        fixture.givenNoPriorActivity()
                .when(record(LOBEDA, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-w", WINZERLA)), List.of()),
                        as(TestUser.STABSSTELLE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void mandatesAreCheckedLikeAssignmentsWhenTheDecisionIsRecorded() {
        refusedOnRecord(record(LOBEDA, List.of(), List.of(mandate("bauamt"))), "department-unknown");
        refusedOnRecord(record(null, List.of(), List.of(mandate("jugendamt"))), "mandate-sozialraum-missing");
        refusedOnRecord(record(LOBEDA, List.of(), List.of(new Mandate("jugendamt", "T", null, TODAY.minusDays(1), null, null))),
                "mandate-due-date-past");
        refusedOnRecord(record(LOBEDA, List.of(), List.of(new Mandate("jugendamt", "T", null, DUE, null, RETIRED))), "sozialraum-retired");
        refusedOnRecord(record(LOBEDA, List.of(), List.of(new Mandate("jugendamt", " ", null, DUE, null, null))), "decision-text-missing");
    }

    @Test
    void anAmendmentIsANewVersionWithTheChangedFieldsAndItsReason() {
        fixture.given(recorded())
                .when(new AmendDecisionCommand(ID, null, "Streetwork in Lobeda und Winzerla", null, new Votes(12, 1, 1), null,
                        " Protokoll berichtigt "), as(TestUser.STABSSTELLE))
                .expectResultMessagePayload(2)
                .expectEvents(new DecisionAmendedEvent(ID, JENA, LOBEDA, 2, DECIDED, "Streetwork in Lobeda und Winzerla",
                        "Die Jugendhilfeplanung zeigt Bedarf.", new Votes(12, 1, 1),
                        List.of(new DecisionReference(ReferenceKind.GOAL, "goal-1", LOBEDA)), List.of("subject", "votes"),
                        "Protokoll berichtigt"));
    }

    @Test
    void theThirdVersionFollowsTheSecond() {
        fixture.given(recorded(), new DecisionAmendedEvent(ID, JENA, LOBEDA, 2, DECIDED, "Neu", "Die Jugendhilfeplanung zeigt Bedarf.",
                        VOTES, List.of(), List.of("subject", "references"), "Grund"))
                .when(new AmendDecisionCommand(ID, DECIDED.minusDays(1), null, null, null, null, "Datum berichtigt"), as(TestUser.STABSSTELLE))
                .expectResultMessagePayload(3)
                .expectEvents(new DecisionAmendedEvent(ID, JENA, LOBEDA, 3, DECIDED.minusDays(1), "Neu",
                        "Die Jugendhilfeplanung zeigt Bedarf.", VOTES, List.of(), List.of("decidedOn"), "Datum berichtigt"));
    }

    @Test
    void anAmendmentThatChangesNothingOrGivesNoReasonIsRefused() {
        fixture.given(recorded())
                .when(new AmendDecisionCommand(ID, null, "Streetwork in Lobeda", null, VOTES, null, "Grund"), as(TestUser.STABSSTELLE))
                .expectException(refusal("decision-amendment-empty"))
                .expectNoEvents();
        fixture.given(recorded())
                .when(new AmendDecisionCommand(ID, null, "Anders", null, null, null, " "), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void amendedReferencesAreCheckedAgain() {
        fixture.given(recorded())
                .when(new AmendDecisionCommand(ID, null, null, null, null, List.of(new DecisionReference(ReferenceKind.GOAL, "goal-x", null)),
                        "Bezug"), as(TestUser.STABSSTELLE))
                .expectException(refusal("goal-unknown"))
                .expectNoEvents();
    }

    @Test
    void aRevokedDecisionCanBeNeitherAmendedNorRevokedAgain() {
        fixture.given(recorded(), new DecisionRevokedEvent(ID, JENA, LOBEDA, "Haushaltssperre"))
                .when(new AmendDecisionCommand(ID, null, "Anders", null, null, null, "Grund"), as(TestUser.STABSSTELLE))
                .expectException(DecisionNotInForceException.class)
                .expectExceptionMessage("Decision d-1 is revoked: amend is not possible")
                .expectNoEvents();
        fixture.given(recorded(), new DecisionRevokedEvent(ID, JENA, LOBEDA, "Haushaltssperre"))
                .when(new RevokeDecisionCommand(ID, "Nochmals"), as(TestUser.STABSSTELLE))
                .expectException(DecisionNotInForceException.class)
                .expectNoEvents();
    }

    @Test
    void theStabsstelleRevokesWithAReason() {
        fixture.given(recorded())
                .when(new RevokeDecisionCommand(ID, " Haushaltssperre "), as(TestUser.STABSSTELLE))
                .expectEvents(new DecisionRevokedEvent(ID, JENA, LOBEDA, "Haushaltssperre"));
        fixture.given(recorded())
                .when(new RevokeDecisionCommand(ID, ""), as(TestUser.STABSSTELLE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anotherKommunesDecisionDoesNotExistAndOthersOfTheKommuneMayNotChangeIt() {
        fixture.given(recorded())
                .when(new RevokeDecisionCommand(ID, "Grund"), as(TestUser.STABSSTELLE_GERA))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new AmendDecisionCommand(ID, null, "Anders", null, null, null, "Grund"), as(TestUser.LEITUNG_JUGENDAMT))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new RevokeDecisionCommand(ID, "Grund"), as(TestUser.ADMIN))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void allMandatesCompletedMakeTheDecisionImplementedOnce() {
        RecordImplementationOutcomeCommand outcome = new RecordImplementationOutcomeCommand(ID, List.of(mandateId(0), mandateId(1)),
                List.of(), List.of(), List.of());
        fixture.given(recorded(mandated(0, "jugendamt"), mandated(1, "sozialamt")))
                .when(outcome, system(JENA))
                .expectEvents(new DecisionImplementedEvent(ID, JENA, LOBEDA, List.of(mandateId(0), mandateId(1))));
        fixture.given(recorded(mandated(0, "jugendamt"), mandated(1, "sozialamt")),
                        new DecisionImplementedEvent(ID, JENA, LOBEDA, List.of(mandateId(0), mandateId(1))))
                .when(outcome, system(JENA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeclinedMandateMakesAPartialOutcomeThatIsNotYetConclusive() {
        fixture.given(recorded(mandated(0, "jugendamt"), mandated(1, "sozialamt")))
                .when(new RecordImplementationOutcomeCommand(ID, List.of(mandateId(0)), List.of(mandateId(1)), List.of(), List.of()),
                        system(JENA))
                .expectEvents(new DecisionPartiallyImplementedEvent(ID, JENA, LOBEDA, List.of(mandateId(0)), List.of(mandateId(1)),
                        List.of(), List.of(), false));
    }

    @Test
    void onlyTheSystemOfTheKommuneRecordsTheOutcome() {
        RecordImplementationOutcomeCommand outcome = new RecordImplementationOutcomeCommand(ID, List.of(), List.of(), List.of(mandateId(0)),
                List.of());
        fixture.given(recorded(mandated(0, "jugendamt")))
                .when(outcome, as(TestUser.STABSSTELLE))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
        fixture.given(recorded(mandated(0, "jugendamt")))
                .when(outcome, system("16052"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aMandateThatCouldNotBeIssuedIsRecordedOnce() {
        fixture.given(recorded(mandated(0, "jugendamt")))
                .when(new RecordMandateNotIssuedCommand(ID, mandateId(0), "department-unknown"), system(JENA))
                .expectEvents(new MandateNotIssuedEvent(ID, JENA, LOBEDA, mandateId(0), "jugendamt", "department-unknown"));
        fixture.given(recorded(mandated(0, "jugendamt")),
                        new MandateNotIssuedEvent(ID, JENA, LOBEDA, mandateId(0), "jugendamt", "department-unknown"))
                .when(new RecordMandateNotIssuedCommand(ID, mandateId(0), "department-unknown"), system(JENA))
                .expectNoEvents();
        fixture.given(recorded(mandated(0, "jugendamt")))
                .when(new RecordMandateNotIssuedCommand(ID, "a-other", "department-unknown"), system(JENA))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private void refusedOnRecord(RecordDecisionCommand command, String code) {
        fixture.givenNoPriorActivity()
                .when(command, as(TestUser.STABSSTELLE))
                .expectException(refusal(code))
                .expectNoEvents();
    }

    /** A refusal with the problem code the API answers with. */
    static Matcher<DomainException> refusal(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException exception) {
                return exception.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code);
            }
        };
    }
}
