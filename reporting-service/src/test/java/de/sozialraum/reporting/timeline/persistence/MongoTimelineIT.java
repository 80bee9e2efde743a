package de.sozialraum.reporting.timeline.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.audit.EntryHash;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoTimelineIT {

    private static MongoClient client;
    private static MongoTimeline timeline;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStores.mongoUri());
        timeline = new MongoTimeline(client.getDatabase("timeline_it_" + UUID.randomUUID().toString().substring(0, 8)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void numbersEntriesFromOneWithoutGapsPerSozialraum() {
        String lobeda = newSozialraum();
        String winzerla = newSozialraum();
        timeline.append(draft(lobeda, "e1"));
        timeline.append(draft(winzerla, "e2"));
        timeline.append(draft(lobeda, "e3"));

        assertThat(timeline.page(lobeda, 1, 10)).extracting(TimelineEntry::position, TimelineEntry::type)
                .containsExactly(tuple(1L, "e1"), tuple(2L, "e3"));
        assertThat(timeline.lastPosition(winzerla)).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsNotStoredTwice() {
        String sozialraum = newSozialraum();
        TimelineEntry event = draft(sozialraum, "once");

        assertThat(timeline.append(event)).isEqualTo(AppendResult.APPENDED);
        assertThat(timeline.append(event)).isEqualTo(AppendResult.DUPLICATE);

        assertThat(timeline.page(sozialraum, 1, 10)).hasSize(1);
    }

    @Test
    void concurrentAppendersWithRedeliveriesLeaveEveryEventOnceAndNoGap() throws Exception {
        String sozialraum = newSozialraum();
        List<TimelineEntry> events = IntStream.range(0, 200).mapToObj(i -> draft(sozialraum, "event-" + i)).toList();
        RacingWriters.appendAll(timeline, events);

        List<TimelineEntry> stored = timeline.page(sozialraum, 1, 500);
        assertThat(stored).extracting(TimelineEntry::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(Long::valueOf).toList());
        assertThat(stored).extracting(TimelineEntry::eventId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(events.stream().map(TimelineEntry::eventId).toList());
    }

    @Test
    void keepsEnvelopeActorAndPayload() {
        String sozialraum = newSozialraum();
        TimelineEntry draft = new TimelineEntry(0, UUID.randomUUID().toString(), "de.sozialraum.coordination.AssignmentDeclined.v1",
                "urn:sozialraum-koordination:coordination-service", Instant.parse("2026-11-26T10:15:30.123Z"), sozialraum, "16053",
                new TimelineEntry.Actor("u-7", "Maria Beispiel", "DEPARTMENT_HEAD", "jugendamt"), "corr-1", "cause-1",
                new TimelineEntry.Aggregate("Assignment", "a-1", 1L), Map.of("reason", "Keine Kapazität", "goalIds", List.of("g-1")));
        timeline.append(draft);

        TimelineEntry stored = timeline.page(sozialraum, 1, 1).get(0);
        assertThat(stored).usingRecursiveComparison().ignoringFields("position", "previousHash", "hash").isEqualTo(draft);
        assertThat(stored.position()).isEqualTo(1);
        assertThat(stored.previousHash()).isEqualTo(EntryHash.GENESIS);
        assertThat(stored.hash()).matches("[0-9a-f]{64}");
    }

    private static String newSozialraum() {
        return UUID.randomUUID().toString();
    }

    private static TimelineEntry draft(String sozialraumId, String type) {
        return new TimelineEntry(0, UUID.randomUUID().toString() + "-" + type, type, "urn:test", Instant.parse("2026-11-26T10:00:00Z"),
                sozialraumId, "16053", null, null, null, null, Map.of("n", type));
    }
}
