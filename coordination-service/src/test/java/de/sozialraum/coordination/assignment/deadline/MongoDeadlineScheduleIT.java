package de.sozialraum.coordination.assignment.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedule's documents in the real store: idempotent planning, re-planning, and claims that exclude and expire. */
class MongoDeadlineScheduleIT {

    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2027, 12, 31);
    private static final Instant PLANNED_AT = Instant.parse("2027-01-04T09:00:00Z");
    private static final DeadlinePlan PLAN = new DeadlinePlan(List.of(7, 1), ZoneId.of("Europe/Berlin"));

    private static MongoClient client;
    private MongoDeadlineSchedule schedule;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
    }

    /** A database of its own per test: claims take any deadline that has come. */
    @BeforeEach
    void emptySchedule() {
        schedule = new MongoDeadlineSchedule(client.getDatabase("test_deadlines_" + UUID.randomUUID().toString().substring(0, 8)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void planningTheSameDueDateTwiceKeepsOneDocumentPerDeadline() {
        String id = UUID.randomUUID().toString();
        List<Deadline> planned = PLAN.plan(id, "16053", DUE, PLANNED_AT);
        schedule.schedule(id, DUE, planned);
        schedule.schedule(id, DUE, planned);

        assertThat(schedule.pending(id)).containsExactlyElementsOf(planned);
    }

    @Test
    void anotherDueDateReplacesTheDeadlinesOfTheOldOne() {
        String id = UUID.randomUUID().toString();
        schedule.schedule(id, DUE, PLAN.plan(id, "16053", DUE, PLANNED_AT));
        schedule.schedule(id, LATER, PLAN.plan(id, "16053", LATER, PLANNED_AT));

        assertThat(schedule.pending(id)).extracting(Deadline::dueDate).containsOnly(LATER).hasSize(3);
    }

    @Test
    void aFinishedAssignmentHasNoDeadlinesLeft() {
        String id = UUID.randomUUID().toString();
        schedule.schedule(id, DUE, PLAN.plan(id, "16053", DUE, PLANNED_AT));
        schedule.forget(id);

        assertThat(schedule.pending(id)).isEmpty();
    }

    @Test
    void aDeadlineIsClaimedByOneInstanceUntilItsClaimExpiresAndRemovedOnlyByItsHolder() {
        String id = UUID.randomUUID().toString();
        Deadline overdue = PLAN.plan(id, "16053", DUE, PLANNED_AT).get(2);
        schedule.schedule(id, DUE, List.of(overdue));
        Instant now = overdue.fireAt().plusSeconds(60);

        assertThat(schedule.claimNext("a", overdue.fireAt().minusSeconds(1), now)).as("not come yet").isEmpty();
        assertThat(schedule.claimNext("a", now, now.plusSeconds(120))).contains(overdue);
        assertThat(schedule.claimNext("b", now.plusSeconds(60), now.plusSeconds(180))).as("held by a").isEmpty();

        schedule.done(overdue, "b");
        assertThat(schedule.pending(id)).as("b does not hold it").containsExactly(overdue);

        assertThat(schedule.claimNext("b", now.plusSeconds(121), now.plusSeconds(240))).as("a's claim expired").contains(overdue);
        schedule.done(overdue, "a");
        assertThat(schedule.pending(id)).as("taken over by b").containsExactly(overdue);
        schedule.done(overdue, "b");
        assertThat(schedule.pending(id)).isEmpty();
    }

    @Test
    void aRedeliveredPlanDoesNotReleaseAClaim() {
        String id = UUID.randomUUID().toString();
        List<Deadline> planned = PLAN.plan(id, "16053", DUE, PLANNED_AT);
        schedule.schedule(id, DUE, planned);
        Instant now = planned.get(2).fireAt().plusSeconds(60);
        List<Deadline> claimed = List.of(schedule.claimNext("a", now, now.plusSeconds(120)).orElseThrow(),
                schedule.claimNext("a", now, now.plusSeconds(120)).orElseThrow(), schedule.claimNext("a", now, now.plusSeconds(120)).orElseThrow());
        assertThat(claimed).as("the earliest first").containsExactlyElementsOf(planned);

        schedule.schedule(id, DUE, planned);
        assertThat(schedule.claimNext("b", now, now.plusSeconds(120))).isEmpty();
    }
}
