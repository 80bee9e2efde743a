package de.sozialraum.coordination.assignment.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
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
import de.sozialraum.coordination.assignment.api.AssignmentReassignedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.query.AssignmentOverview.Figures;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inbox and overview over the real store, with a fixed "today" (1 April 2027 in Germany) and event times
 * set explicitly, so that due dates and times to accept are known exactly.
 */
class AssignmentInboxAndOverviewIT {

    static final String JENA = "16053";
    static final String GERA = "16052";
    static final Instant T0 = Instant.parse("2027-02-01T08:00:00Z");
    static final LocalDate LATER = LocalDate.of(2027, 6, 30);
    static final Clock APRIL_FIRST = Clock.fixed(Instant.parse("2027-04-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    private static MongoClient client;
    private MongoDatabase database;
    private AssignmentProjection projection;
    private AssignmentInbox inbox;
    private AssignmentOverviews overviews;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("assignment_queries_it_" + UUID.randomUUID().toString().substring(0, 8));
        MongoAssignmentViews views = new MongoAssignmentViews(database);
        MongoSozialraumDirectory sozialraeume = new MongoSozialraumDirectory(database);
        sozialraeume.rememberSozialraum("lobeda", JENA, "Lobeda");
        sozialraeume.rememberSozialraum("winzerla", JENA, "Winzerla");
        projection = new AssignmentProjection(views);
        inbox = new AssignmentInbox(views, sozialraeume, APRIL_FIRST);
        overviews = new AssignmentOverviews(database, sozialraeume, APRIL_FIRST);
    }

    @Test
    void theInboxGroupsTheDepartmentsUnfinishedAssignmentsByDueDate() {
        Story blocked = issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 1)).accepted(1).blocked(2);
        Story yesterday = issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 31));
        Story today = issue(JENA, "unknown-sozialraum", "jugendamt", LocalDate.of(2027, 4, 1)).accepted(1);
        Story inTwoWeeks = issue(JENA, "winzerla", "jugendamt", LocalDate.of(2027, 4, 15)).accepted(1).progress(2, 30);
        Story inFifteenDays = issue(JENA, "winzerla", "jugendamt", LocalDate.of(2027, 4, 16)).counterProposed(1);
        issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 1)).declined(1);
        issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 1)).accepted(1).completed(2);
        issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 1)).cancelled(1);
        issue(JENA, "lobeda", "sozialamt", LocalDate.of(2027, 3, 1));
        issue(GERA, "gera-mitte", "jugendamt", LocalDate.of(2027, 3, 1));

        Inbox jugendamt = inbox.of(JENA, "jugendamt", 14);

        assertThat(jugendamt.today()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(jugendamt.overdue()).extracting(Inbox.Item::id, Inbox.Item::status, Inbox.Item::daysLeft).containsExactly(
                tuple(blocked.id, AssignmentStatus.BLOCKED, -31L), tuple(yesterday.id, AssignmentStatus.ISSUED, -1L));
        assertThat(jugendamt.dueSoon()).extracting(Inbox.Item::id, Inbox.Item::status, Inbox.Item::daysLeft).containsExactly(
                tuple(today.id, AssignmentStatus.ACCEPTED, 0L), tuple(inTwoWeeks.id, AssignmentStatus.IN_PROGRESS, 14L));
        assertThat(jugendamt.open()).extracting(Inbox.Item::id, Inbox.Item::status, Inbox.Item::daysLeft).containsExactly(
                tuple(inFifteenDays.id, AssignmentStatus.COUNTER_PROPOSED, 15L));
        Inbox.Item item = jugendamt.dueSoon().get(1);
        assertThat(item).extracting(Inbox.Item::title, Inbox.Item::sozialraumId, Inbox.Item::sozialraumName, Inbox.Item::priority,
                        Inbox.Item::dueDate, Inbox.Item::progress)
                .containsExactly("Auftrag", "winzerla", "Winzerla", AssignmentPriority.NORMAL, LocalDate.of(2027, 4, 15), 30);
        assertThat(jugendamt.dueSoon().get(0).sozialraumName()).as("not learnt from planning (yet)").isNull();

        assertThat(inbox.of(JENA, "jugendamt", 0).dueSoon()).extracting(Inbox.Item::id).containsExactly(today.id);
        assertThat(inbox.of(GERA, "jugendamt", 14).overdue()).hasSize(1);
        assertThat(inbox.of(JENA, "stadtplanung", 14)).extracting(Inbox::overdue, Inbox::dueSoon, Inbox::open)
                .containsExactly(List.of(), List.of(), List.of());
    }

    /**
     * Acceptances (hours after being put to the department): Jugendamt 2, 4, 9 (a proposal of another date
     * accepted) and 1 (before a reassignment) → median 3.0; Sozialamt 3 (after the reassignment).
     */
    @Test
    void theOverviewCountsPerDepartmentAndSozialraumWithTheMedianTimeToAccept() {
        issue(JENA, "lobeda", "jugendamt", LocalDate.of(2027, 3, 20)).accepted(2);
        issue(JENA, "lobeda", "jugendamt", LATER).accepted(4).completed(5);
        issue(JENA, "winzerla", "jugendamt", LATER).counterProposed(1);
        issue(JENA, "winzerla", "jugendamt", LATER).counterProposed(1).proposalOfDateAccepted(9);
        issue(JENA, "lobeda", "sozialamt", LocalDate.of(2027, 3, 20)).declined(1);
        issue(JENA, "lobeda", "jugendamt", LATER).accepted(1).reassigned("sozialamt", 10).accepted(13);
        issue(JENA, "lobeda", "sozialamt", LATER).cancelled(1);
        issue(GERA, "gera-mitte", "jugendamt", LocalDate.of(2027, 3, 1)).accepted(100);

        AssignmentOverview overview = overviews.of(JENA);

        assertThat(overview.today()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(overview.departments()).containsExactly(
                new AssignmentOverview.DepartmentFigures("jugendamt", new Figures(3, 1, 0, 1, 1, 4, 3.0)),
                new AssignmentOverview.DepartmentFigures("sozialamt", new Figures(1, 0, 1, 0, 0, 1, 3.0)));
        assertThat(overview.sozialraeume()).containsExactly(
                new AssignmentOverview.SozialraumFigures("lobeda", "Lobeda", new Figures(2, 1, 1, 0, 1, 4, 2.5)),
                new AssignmentOverview.SozialraumFigures("winzerla", "Winzerla", new Figures(2, 0, 0, 1, 0, 1, 9.0)));
        assertThat(overview.total()).isEqualTo(new Figures(4, 1, 1, 1, 1, 5, 3.0));
    }

    @Test
    void withoutAcceptancesTheMedianIsNullAndRedeliveriesCountOnce() {
        Story story = issue(JENA, "lobeda", "jugendamt", LATER);
        assertThat(overviews.of(JENA).total()).isEqualTo(new Figures(1, 0, 0, 0, 0, 0, null));

        AssignmentAcceptedEvent accepted = new AssignmentAcceptedEvent(story.id, "lobeda", JENA, "jugendamt");
        projection.on(accepted, 1, T0.plus(Duration.ofMinutes(90)));
        projection.on(accepted, 1, T0.plus(Duration.ofMinutes(90))); // delivered again

        assertThat(overviews.of(JENA).total()).isEqualTo(new Figures(1, 0, 0, 0, 0, 1, 1.5));
        assertThat(overviews.of(GERA)).extracting(AssignmentOverview::departments, AssignmentOverview::sozialraeume)
                .containsExactly(List.of(), List.of());
    }

    private Story issue(String kommune, String sozialraum, String department, LocalDate due) {
        Story story = new Story(UUID.randomUUID().toString(), kommune, sozialraum, department);
        projection.on(new AssignmentIssuedEvent(story.id, sozialraum, kommune, department, "Auftrag", due, List.of()), 0, T0);
        return story;
    }

    /** One assignment's events in order, each at {@code T0} plus the given hours. */
    private final class Story {

        final String id;
        final String kommune;
        final String sozialraum;
        String department;
        long sequence;

        Story(String id, String kommune, String sozialraum, String department) {
            this.id = id;
            this.kommune = kommune;
            this.sozialraum = sozialraum;
            this.department = department;
        }

        Story accepted(int hours) {
            projection.on(new AssignmentAcceptedEvent(id, sozialraum, kommune, department), ++sequence, at(hours));
            return this;
        }

        Story declined(int hours) {
            projection.on(new AssignmentDeclinedEvent(id, sozialraum, kommune, department, "Nein"), ++sequence, at(hours));
            return this;
        }

        Story counterProposed(int hours) {
            projection.on(new AssignmentCounterProposedEvent(id, sozialraum, kommune, department, LATER.plusMonths(3), null, "Später"),
                    ++sequence, at(hours));
            return this;
        }

        Story proposalOfDateAccepted(int hours) {
            projection.on(new AssignmentProposalAcceptedEvent(id, sozialraum, kommune, department, department, LATER.plusMonths(3), null),
                    ++sequence, at(hours));
            return this;
        }

        Story reassigned(String to, int hours) {
            projection.on(new AssignmentReassignedEvent(id, sozialraum, kommune, to, department, "Zuständigkeit"), ++sequence, at(hours));
            department = to;
            return this;
        }

        Story progress(int hours, int percent) {
            projection.on(new AssignmentProgressReportedEvent(id, sozialraum, kommune, department, percent, null), ++sequence, at(hours));
            return this;
        }

        Story blocked(int hours) {
            projection.on(new AssignmentBlockedEvent(id, sozialraum, kommune, department, "Räume fehlen"), ++sequence, at(hours));
            return this;
        }

        Story completed(int hours) {
            projection.on(new AssignmentCompletedEvent(id, sozialraum, kommune, department, "Erledigt", null), ++sequence, at(hours));
            return this;
        }

        Story cancelled(int hours) {
            projection.on(new AssignmentCancelledEvent(id, sozialraum, kommune, department, "Zurückgezogen"), ++sequence, at(hours));
            return this;
        }

        private Instant at(int hours) {
            return T0.plus(Duration.ofHours(hours));
        }
    }
}
