package de.sozialraum.coordination.decision.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.assignment.domain.IllegalTransitionExceptions;
import de.sozialraum.coordination.decision.api.DecisionAmendedEvent;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionRecordedEvent;
import de.sozialraum.coordination.decision.api.DecisionRevokedEvent;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.RecordImplementationOutcomeCommand;
import de.sozialraum.coordination.decision.api.RecordMandateNotIssuedCommand;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import de.sozialraum.platform.axon.EventJson;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionImplementationSagaTest {

    private static final String DECISION = "d-1";
    private static final String JENA = "16053";
    private static final String LOBEDA = "sr-lobeda";
    private static final LocalDate DUE = LocalDate.of(2027, 9, 30);
    private static final String REVOKED = "Beschluss „Streetwork in Lobeda“ vom 04.03.2027 aufgehoben: Haushaltssperre";

    private SagaTestFixture<DecisionImplementationSaga> fixture;
    private final Set<String> existingAssignments = new HashSet<>();
    private final List<MetaData> dispatched = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DecisionImplementationSaga.class);
        fixture.registerResource(new SystemActorProperties("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null));
        fixture.registerResource((AssignmentStreams) existingAssignments::contains);
        fixture.setCallbackBehavior((payload, metaData) -> null);
    }

    private static DecisionRecordedEvent recorded(String... departments) {
        List<MandatedAssignment> mandates = new ArrayList<>();
        for (int index = 0; index < departments.length; index++) {
            mandates.add(new MandatedAssignment("a-" + index, LOBEDA, departments[index], "Auftrag " + index, null, DUE,
                    AssignmentPriority.HIGH));
        }
        return new DecisionRecordedEvent(DECISION, JENA, LOBEDA, DecisionBody.JUGENDHILFEAUSSCHUSS, null, LocalDate.of(2027, 3, 4),
                "Streetwork in Lobeda", "Bedarf", null, List.of(), mandates);
    }

    private static IssueAssignmentCommand issue(int index, String department) {
        return new IssueAssignmentCommand("a-" + index, LOBEDA, department, "Auftrag " + index, DUE, List.of(), null,
                AssignmentPriority.HIGH, DECISION);
    }

    private static AssignmentCompletedEvent completed(int index, String department) {
        return new AssignmentCompletedEvent("a-" + index, LOBEDA, JENA, department, "Erledigt", null);
    }

    private static AssignmentDeclinedEvent declined(int index, String department) {
        return new AssignmentDeclinedEvent("a-" + index, LOBEDA, JENA, department, "Keine Kapazität");
    }

    private static RecordImplementationOutcomeCommand outcome(List<String> completed, List<String> declined, List<String> cancelled,
                                                              List<String> notIssued) {
        return new RecordImplementationOutcomeCommand(DECISION, completed, declined, cancelled, notIssued);
    }

    @Test
    void issuesEveryMandateAsTheSystemOfTheDecisionsKommune() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            dispatched.add(metaData);
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(recorded("jugendamt", "sozialamt"))
                .expectActiveSagas(1)
                .expectAssociationWith("decisionId", DECISION)
                .expectAssociationWith("assignmentId", "a-0")
                .expectAssociationWith("assignmentId", "a-1")
                .expectDispatchedCommands(issue(0, "jugendamt"), issue(1, "sozialamt"));
        assertThat(dispatched).hasSize(2).allSatisfy(metaData -> {
            assertThat(ActorMetaData.from(metaData)).hasValueSatisfying(actor -> {
                assertThat(actor.role()).isEqualTo("SYSTEM");
                assertThat(actor.kommune()).isEqualTo(JENA);
            });
        });
    }

    @Test
    void aDecisionWithoutMandatesNeedsNoSaga() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(recorded())
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void mandatesAllCompletedMakeTheDecisionImplementedAndEndTheSaga() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .andThenAPublished(completed(0, "jugendamt"))
                .whenPublishingA(completed(1, "sozialamt"))
                .expectDispatchedCommands(outcome(List.of("a-0", "a-1"), List.of(), List.of(), List.of()))
                .expectActiveSagas(0);
    }

    @Test
    void nothingIsConcludedWhileAMandateIsOpen() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .whenPublishingA(completed(0, "jugendamt"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void aDeclinedMandateGivesAPartialOutcomeAndTheSagaWaitsForAReassignment() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .andThenAPublished(completed(0, "jugendamt"))
                .whenPublishingA(declined(1, "sozialamt"))
                .expectDispatchedCommands(outcome(List.of("a-0"), List.of("a-1"), List.of(), List.of()))
                .expectActiveSagas(1);
    }

    @Test
    void aDeclinedMandateReassignedAndCompletedLaterMakesTheDecisionImplemented() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .andThenAPublished(completed(0, "jugendamt"))
                .andThenAPublished(declined(1, "sozialamt"))
                .andThenAPublished(new AssignmentReassignedEvent("a-1", LOBEDA, JENA, "jugendamt", "sozialamt", "Jugendamt übernimmt"))
                .whenPublishingA(completed(1, "jugendamt"))
                .expectDispatchedCommands(outcome(List.of("a-0", "a-1"), List.of(), List.of(), List.of()))
                .expectActiveSagas(0);
    }

    @Test
    void aReassignmentReopensTheMandateSoNothingIsConcluded() {
        fixture.givenAPublished(recorded("jugendamt"))
                .andThenAPublished(declined(0, "jugendamt"))
                .whenPublishingA(new AssignmentReassignedEvent("a-0", LOBEDA, JENA, "sozialamt", "jugendamt", "Neu"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void aCancelledMandateGivesAConclusivePartialOutcomeAndEndsTheSaga() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .andThenAPublished(completed(0, "jugendamt"))
                .whenPublishingA(new AssignmentCancelledEvent("a-1", LOBEDA, JENA, "sozialamt", "Entfällt"))
                .expectDispatchedCommands(outcome(List.of("a-0"), List.of(), List.of("a-1"), List.of()))
                .expectActiveSagas(0);
    }

    @Test
    void anAcceptedProposalOfAnotherDepartmentKeepsTheMandateOpen() {
        fixture.givenAPublished(recorded("jugendamt"))
                .whenPublishingA(new AssignmentProposalAcceptedEvent("a-0", LOBEDA, JENA, "sozialamt", "jugendamt", DUE, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void revokingCancelsTheOpenAndDeclinedMandatesNamingTheDecisionAndLeavesCompletedOnes() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt", "jugendamt"))
                .andThenAPublished(completed(0, "jugendamt"))
                .andThenAPublished(declined(2, "jugendamt"))
                .whenPublishingA(new DecisionRevokedEvent(DECISION, JENA, LOBEDA, "Haushaltssperre"))
                .expectDispatchedCommands(new CancelAssignmentCommand("a-1", REVOKED), new CancelAssignmentCommand("a-2", REVOKED),
                        outcome(List.of("a-0"), List.of(), List.of("a-1", "a-2"), List.of()))
                .expectActiveSagas(0);
    }

    @Test
    void theCancellationReasonNamesTheDecisionAsAmended() {
        fixture.givenAPublished(recorded("jugendamt"))
                .andThenAPublished(new DecisionAmendedEvent(DECISION, JENA, LOBEDA, 2, LocalDate.of(2027, 3, 5), "Streetwork",
                        "Bedarf", null, List.of(), List.of("subject", "decidedOn"), "Protokoll"))
                .whenPublishingA(new DecisionRevokedEvent(DECISION, JENA, LOBEDA, "Haushaltssperre"))
                .expectDispatchedCommands(new CancelAssignmentCommand("a-0", "Beschluss „Streetwork“ vom 05.03.2027 aufgehoben: Haushaltssperre"),
                        outcome(List.of(), List.of(), List.of("a-0"), List.of()));
    }

    @Test
    void aMandateFinishedJustBeforeTheRevocationKeepsItsOutcome() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof CancelAssignmentCommand cancel && cancel.assignmentId().equals("a-0")) {
                throw IllegalTransitionExceptions.of("a-0", AssignmentStatus.COMPLETED, "cancel");
            }
            return null;
        });
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .whenPublishingA(new DecisionRevokedEvent(DECISION, JENA, LOBEDA, "Haushaltssperre"))
                .expectDispatchedCommands(new CancelAssignmentCommand("a-0", REVOKED), new CancelAssignmentCommand("a-1", REVOKED),
                        outcome(List.of("a-0"), List.of(), List.of("a-1"), List.of()))
                .expectActiveSagas(0);
    }

    @Test
    void aMandateThatCannotBeIssuedIsRecordedAndCountsAsNotIssued() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof IssueAssignmentCommand issue && issue.department().equals("sozialamt")) {
                throw new RuleViolationException("department-unknown", "retired meanwhile", "sozialamt");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(recorded("jugendamt", "sozialamt"))
                .expectDispatchedCommands(issue(0, "jugendamt"), issue(1, "sozialamt"),
                        new RecordMandateNotIssuedCommand(DECISION, "a-1", "department-unknown"))
                .expectActiveSagas(1);
    }

    @Test
    void withTheOnlyIssuableMandateCompletedTheOutcomeIsPartial() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof IssueAssignmentCommand issue && issue.department().equals("sozialamt")) {
                throw new RuleViolationException("department-unknown", "retired meanwhile", "sozialamt");
            }
            return null;
        });
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .whenPublishingA(completed(0, "jugendamt"))
                .expectDispatchedCommands(outcome(List.of("a-0"), List.of(), List.of(), List.of("a-1")))
                .expectActiveSagas(0);
    }

    @Test
    void aRedeliveredDecisionIssuesNothingTwice() {
        fixture.givenAPublished(recorded("jugendamt", "sozialamt"))
                .whenPublishingA(recorded("jugendamt", "sozialamt"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void assignmentsIssuedBeforeTheSagaWasStoredAreNotIssuedAgain() {
        existingAssignments.add("a-0");
        fixture.givenNoPriorActivity()
                .whenPublishingA(recorded("jugendamt", "sozialamt"))
                .expectDispatchedCommands(issue(1, "sozialamt"))
                .expectActiveSagas(1);
    }

    /** The saga store keeps the saga as Jackson JSON: its state goes there and back, the injected resources do not. */
    @Test
    void theSagasStateSurvivesAJacksonRoundTrip() throws Exception {
        ObjectMapper json = EventJson.newObjectMapper();
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        String stored = """
                {"decisionId":"d-1","kommuneKey":"16053","subject":"Streetwork","decidedOn":"2027-03-04",
                 "mandates":{"a-0":{"department":"jugendamt","outcome":"COMPLETED"},"a-1":{"department":"sozialamt","outcome":"DECLINED"}}}""";
        DecisionImplementationSaga saga = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                DecisionImplementationSaga.class.getName(), null));
        SerializedObject<String> again = serializer.serialize(saga, String.class);
        assertThat(json.readTree(again.getData())).isEqualTo(json.readTree(stored));
    }
}
