package de.sozialraum.coordination.assignment.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.coordination.assignment.api.AssignmentAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentBlockedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCancelledEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCompletedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentCounterProposedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentDeclinedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentProgressReportedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalAcceptedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentProposalRejectedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.AssignmentUnblockedEvent;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The projection against the real store, event by event, with the events' times set explicitly
 * ({@code @Timestamp}) and their sequence numbers as Axon delivers them.
 */
class AssignmentProjectionIT {

    static final String JENA = "16053";
    static final Instant ISSUED_AT = Instant.parse("2027-03-01T08:00:00Z");
    static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    private static MongoClient client;
    private static MongoAssignmentViews views;
    private static AssignmentProjection projection;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
        views = new MongoAssignmentViews(client.getDatabase("assignment_views_it_" + UUID.randomUUID().toString().substring(0, 8)));
        projection = new AssignmentProjection(views);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theIssueCreatesTheViewWithEverythingItSaid() {
        String id = issued("jugendamt");

        AssignmentView view = views.one(id).orElseThrow();
        assertThat(view.status()).isEqualTo(AssignmentStatus.ISSUED);
        assertThat(view.kommuneKey()).isEqualTo(JENA);
        assertThat(view.department()).isEqualTo("jugendamt");
        assertThat(view.title()).isEqualTo("Streetwork ausbauen");
        assertThat(view.description()).isEqualTo("Zwei Stellen");
        assertThat(view.priority()).isEqualTo(AssignmentPriority.HIGH);
        assertThat(view.dueDate()).isEqualTo(DUE);
        assertThat(view.decisionId()).isEqualTo("decision-1");
        assertThat(view.goalIds()).containsExactly("goal-1");
        assertThat(view.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(view.putToDepartmentAt()).isEqualTo(ISSUED_AT);
        assertThat(view.lastChangedAt()).isEqualTo(ISSUED_AT);
        assertThat(view.answeredAt()).isNull();
    }

    @Test
    void theWorkOfTheDepartmentShowsStepByStepUntilItIsCompleted() {
        String id = issued("jugendamt");
        projection.on(new AssignmentAcceptedEvent(id, "sr", JENA, "jugendamt", LocalDate.of(2027, 5, 31)), 1, hours(2));
        AssignmentView accepted = views.one(id).orElseThrow();
        assertThat(accepted.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(accepted.plannedCompletion()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(accepted.acceptedAt()).isEqualTo(hours(2));
        assertThat(accepted.answeredAt()).isEqualTo(hours(2));

        projection.on(new AssignmentProgressReportedEvent(id, "sr", JENA, "jugendamt", 40, "Eine Stelle besetzt"), 2, hours(3));
        assertThat(views.one(id).orElseThrow()).extracting(AssignmentView::status, AssignmentView::progress, AssignmentView::progressNote)
                .containsExactly(AssignmentStatus.IN_PROGRESS, 40, "Eine Stelle besetzt");
        projection.on(new AssignmentBlockedEvent(id, "sr", JENA, "jugendamt", "Räume fehlen"), 3, hours(4));
        assertThat(views.one(id).orElseThrow()).extracting(AssignmentView::status, AssignmentView::lastReason)
                .containsExactly(AssignmentStatus.BLOCKED, "Räume fehlen");
        projection.on(new AssignmentUnblockedEvent(id, "sr", JENA, "jugendamt", "Räume im Stadtteilzentrum"), 4, hours(5));
        assertThat(views.one(id).orElseThrow()).extracting(AssignmentView::status, AssignmentView::lastReason)
                .containsExactly(AssignmentStatus.IN_PROGRESS, "Räume im Stadtteilzentrum");
        projection.on(new AssignmentCompletedEvent(id, "sr", JENA, "jugendamt", "Zwei Streetworker", "Jahresbericht 2027"), 5, hours(6));

        AssignmentView completed = views.one(id).orElseThrow();
        assertThat(completed.status()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(completed.outcome()).isEqualTo("Zwei Streetworker");
        assertThat(completed.evidence()).isEqualTo("Jahresbericht 2027");
        assertThat(completed.completedAt()).isEqualTo(hours(6));
        assertThat(completed.lastChangedAt()).isEqualTo(hours(6));
        assertThat(completed.progress()).as("the last report stays").isEqualTo(40);
    }

    @Test
    void aDeclineShowsItsReasonAndACancellationItsOwn() {
        String id = issued("jugendamt");
        projection.on(new AssignmentDeclinedEvent(id, "sr", JENA, "jugendamt", "Keine Kapazität"), 1, hours(1));
        assertThat(views.one(id).orElseThrow()).extracting(AssignmentView::status, AssignmentView::lastReason, AssignmentView::answeredAt)
                .containsExactly(AssignmentStatus.DECLINED, "Keine Kapazität", hours(1));

        projection.on(new AssignmentCancelledEvent(id, "sr", JENA, "jugendamt", "Beschluss aufgehoben"), 2, hours(2));
        assertThat(views.one(id).orElseThrow()).extracting(AssignmentView::status, AssignmentView::lastReason, AssignmentView::cancelledAt)
                .containsExactly(AssignmentStatus.CANCELLED, "Beschluss aufgehoben", hours(2));
    }

    @Test
    void aCounterProposalIsShownUntilTheStabsstelleRejectsIt() {
        String id = issued("jugendamt");
        projection.on(new AssignmentCounterProposedEvent(id, "sr", JENA, "jugendamt", LocalDate.of(2027, 12, 31), "sozialamt",
                "Schuldnerberatung"), 1, hours(1));
        AssignmentView proposed = views.one(id).orElseThrow();
        assertThat(proposed.status()).isEqualTo(AssignmentStatus.COUNTER_PROPOSED);
        assertThat(proposed.proposal()).isEqualTo(new AssignmentView.Proposal(LocalDate.of(2027, 12, 31), "sozialamt",
                "Schuldnerberatung", hours(1)));

        projection.on(new AssignmentProposalRejectedEvent(id, "sr", JENA, "jugendamt", "Bleibt beim Jugendamt"), 2, hours(2));
        AssignmentView rejected = views.one(id).orElseThrow();
        assertThat(rejected.status()).isEqualTo(AssignmentStatus.ISSUED);
        assertThat(rejected.proposal()).isNull();
        assertThat(rejected.dueDate()).isEqualTo(DUE);
        assertThat(rejected.lastReason()).isEqualTo("Bleibt beim Jugendamt");
        assertThat(rejected.putToDepartmentAt()).as("time to accept still runs from the issue").isEqualTo(ISSUED_AT);
    }

    @Test
    void aProposalOfAnotherDateAcceptedIsTheDepartmentsAcceptanceCountedFromTheIssue() {
        String id = issued("jugendamt");
        projection.on(new AssignmentCounterProposedEvent(id, "sr", JENA, "jugendamt", LocalDate.of(2027, 12, 31), null, "Später"), 1, hours(1));
        projection.on(new AssignmentProposalAcceptedEvent(id, "sr", JENA, "jugendamt", "jugendamt", LocalDate.of(2027, 12, 31), "Einverstanden"),
                2, hours(30));

        AssignmentView accepted = views.one(id).orElseThrow();
        assertThat(accepted.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(accepted.dueDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(accepted.proposal()).isNull();
        assertThat(accepted.acceptedAt()).isEqualTo(hours(30));
        assertThat(accepted.lastReason()).isEqualTo("Einverstanden");
    }

    @Test
    void aProposalOfAnotherDepartmentAcceptedPutsTheAssignmentToItAndItsTimeToAcceptStartsThen() {
        String id = issued("jugendamt");
        projection.on(new AssignmentCounterProposedEvent(id, "sr", JENA, "jugendamt", null, "sozialamt", "Zuständig"), 1, hours(1));
        projection.on(new AssignmentProposalAcceptedEvent(id, "sr", JENA, "sozialamt", "jugendamt", DUE, null), 2, hours(2));

        AssignmentView issued = views.one(id).orElseThrow();
        assertThat(issued.status()).isEqualTo(AssignmentStatus.ISSUED);
        assertThat(issued.department()).isEqualTo("sozialamt");
        assertThat(issued.putToDepartmentAt()).isEqualTo(hours(2));
        assertThat(issued.answeredAt()).as("the Sozialamt has not answered yet").isNull();
        assertThat(issued.proposal()).isNull();
        assertThat(issued.lastReason()).isEqualTo("Zuständig");
    }

    @Test
    void aReassignmentForgetsWhatThePreviousDepartmentSaidAndDid() {
        String id = issued("jugendamt");
        projection.on(new AssignmentAcceptedEvent(id, "sr", JENA, "jugendamt", LocalDate.of(2027, 5, 31)), 1, hours(1));
        projection.on(new AssignmentProgressReportedEvent(id, "sr", JENA, "jugendamt", 60, null), 2, hours(2));
        projection.on(new AssignmentReassignedEvent(id, "sr", JENA, "sozialamt", "jugendamt", "Neue Zuständigkeit"), 3, hours(3));

        AssignmentView reassigned = views.one(id).orElseThrow();
        assertThat(reassigned.status()).isEqualTo(AssignmentStatus.ISSUED);
        assertThat(reassigned.department()).isEqualTo("sozialamt");
        assertThat(reassigned.putToDepartmentAt()).isEqualTo(hours(3));
        assertThat(reassigned.lastReason()).isEqualTo("Neue Zuständigkeit");
        assertThat(reassigned).extracting(AssignmentView::acceptedAt, AssignmentView::answeredAt, AssignmentView::plannedCompletion,
                AssignmentView::progress).containsOnlyNulls();
        assertThat(reassigned.issuedAt()).isEqualTo(ISSUED_AT);
    }

    @Test
    void redeliveredEventsChangeNothingNotEvenAfterLaterOnes() {
        String id = issued("jugendamt");
        AssignmentAcceptedEvent accepted = new AssignmentAcceptedEvent(id, "sr", JENA, "jugendamt");
        AssignmentProgressReportedEvent forty = new AssignmentProgressReportedEvent(id, "sr", JENA, "jugendamt", 40, "erste Hälfte");
        AssignmentProgressReportedEvent eighty = new AssignmentProgressReportedEvent(id, "sr", JENA, "jugendamt", 80, "fast fertig");
        projection.on(accepted, 1, hours(1));
        projection.on(forty, 2, hours(2));
        projection.on(eighty, 3, hours(3));
        AssignmentView before = views.one(id).orElseThrow();

        // a batch delivered again from its start: issue, acceptance, both reports
        projection.on(new AssignmentIssuedEvent(id, "sr", JENA, "jugendamt", "Anders", DUE.plusDays(1), List.of()), 0, ISSUED_AT.plusSeconds(1));
        projection.on(accepted, 1, hours(1));
        projection.on(forty, 2, hours(2));
        projection.on(eighty, 3, hours(3));
        assertThat(views.one(id).orElseThrow()).isEqualTo(before);

        projection.on(forty, 2, hours(2)); // one older event alone, after the later one
        assertThat(views.one(id).orElseThrow()).isEqualTo(before);
        assertThat(before.progress()).isEqualTo(80);
    }

    private static String issued(String department) {
        String id = UUID.randomUUID().toString();
        projection.on(new AssignmentIssuedEvent(id, "sr", JENA, department, "Streetwork ausbauen", DUE, List.of("goal-1"),
                "Zwei Stellen", AssignmentPriority.HIGH, "decision-1"), 0, ISSUED_AT);
        return id;
    }

    private static Instant hours(int hours) {
        return ISSUED_AT.plus(Duration.ofHours(hours));
    }
}
