package de.sozialraum.reporting.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.sozialraum.audit.ChainEntry;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.audit.Jcs;
import de.sozialraum.audit.state.TimelineState;
import de.sozialraum.reporting.state.persistence.MongoStateSnapshots;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.reporting.timeline.persistence.MongoTimeline;
import de.sozialraum.testsupport.TestStores;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * States as of an instant or a position, derived with snapshots, against the plain definition — every entry that happened
 * by then, in timeline order, replayed from the first — on the real store.
 */
class TimelineStatesIT {

    private static final int EVERY = 10;

    private static MongoClient client;
    private MongoDatabase database;
    private MongoTimeline timeline;
    private MongoStateSnapshots snapshots;
    private TimelineStates states;

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
        database = client.getDatabase("states_it_" + UUID.randomUUID().toString().substring(0, 8));
        timeline = new MongoTimeline(database);
        snapshots = new MongoStateSnapshots(database);
        states = new TimelineStates(timeline, snapshots, EVERY);
    }

    @Test
    void theStateAsOfEveryInstantIsTheReplayOfWhatHappenedByThenAlthoughEntriesCameLate() {
        RandomTimeline random = new RandomTimeline(7);
        String timelineId = random.sozialraumId();
        appendLive(random.drafts(137, 15, Duration.ofHours(3)));
        List<ChainEntry> all = all(timelineId);
        assertThat(all.stream().filter(late(all)).count()).as("entries that came late").isGreaterThan(10);
        assertThat(snapshots.current().lastPosition(timelineId)).isEqualTo(130);

        for (Instant instant : instantsOf(all)) {
            assertThat(canonical(states.asOf(timelineId, instant))).as("as of %s", instant).isEqualTo(canonical(replay(all, instant)));
        }
    }

    @Test
    void aChangedSnapshotIntervalLeavesEveryAnswerRight() {
        RandomTimeline random = new RandomTimeline(13);
        String timelineId = random.sozialraumId();
        List<TimelineEntry> drafts = random.drafts(150, 15, Duration.ofHours(2));
        appendLive(drafts.subList(0, 45));
        states = new TimelineStates(timeline, snapshots, 25); // raised: snapshots at 10 … 40, then 65, 90
        appendLive(drafts.subList(45, 100));
        states = new TimelineStates(timeline, snapshots, 4); // lowered: then every 4th
        appendLive(drafts.subList(100, 150));
        List<ChainEntry> all = all(timelineId);

        for (Instant instant : instantsOf(all)) {
            assertThat(canonical(states.asOf(timelineId, instant))).as("as of %s", instant).isEqualTo(canonical(replay(all, instant)));
        }
    }

    @Test
    void checkpointsWithReportingsLaterTimeMakeNoEntryLateAndNoDifference() {
        RandomTimeline random = new RandomTimeline(17);
        String timelineId = random.sozialraumId();
        List<TimelineEntry> drafts = random.drafts(60, 0, Duration.ZERO);
        for (int i = 0; i < drafts.size(); i++) {
            appendLive(List.of(drafts.get(i)));
            if (i % 7 == 6) { // as a re-feed re-makes them: signed now, long after the events
                appendLive(List.of(new TimelineEntry(0, UUID.randomUUID().toString(), CheckpointCheck.TYPE, "urn:test",
                        Instant.parse("2030-01-01T00:00:00Z"), timelineId, "16053", null, null, null, null, Map.of("coveredPosition", i))));
            }
        }
        List<ChainEntry> all = all(timelineId);

        assertThat(snapshots.current().lateBetween(timelineId, 0, Long.MAX_VALUE, Instant.parse("2100-01-01T00:00:00Z")))
                .as("late entries").isEmpty();
        for (Instant instant : instantsOf(all)) {
            assertThat(canonical(states.asOf(timelineId, instant))).as("as of %s", instant).isEqualTo(canonical(replay(all, instant)));
        }
    }

    @Test
    void aSnapshotOfAnEarlierGenerationIsNeverRead() {
        RandomTimeline random = new RandomTimeline(19);
        String timelineId = random.sozialraumId();
        appendLive(random.drafts(35, 10, Duration.ofHours(1)));
        MongoStateSnapshots.Generation before = snapshots.current();
        states.rebuild(read -> { });
        // an append that began before the rebuild saves a snapshot of the old generation, made from what it had read
        before.save(timelineId, new MongoStateSnapshots.Snapshot(30, Instant.EPOCH, List.of(), TimelineState.empty(timelineId)));
        List<ChainEntry> all = all(timelineId);

        for (Instant instant : instantsOf(all)) {
            assertThat(canonical(states.asOf(timelineId, instant))).as("as of %s", instant).isEqualTo(canonical(replay(all, instant)));
        }
        assertThat(states.atPosition(timelineId, 31).digest()).isEqualTo(replay(all.subList(0, 31), Instant.MAX).digest());
    }

    @Test
    void theStateAtEveryPositionIsTheReplayOfTheEntriesUpToIt() {
        RandomTimeline random = new RandomTimeline(11);
        String timelineId = random.sozialraumId();
        appendLive(random.drafts(64, 10, Duration.ofMinutes(30)));
        List<ChainEntry> all = all(timelineId);

        for (int position = 0; position <= all.size() + 1; position++) {
            TimelineState expected = TimelineState.empty(timelineId);
            all.stream().limit(position).forEach(expected::apply);
            assertThat(states.atPosition(timelineId, position).digest()).as("at %d", position).isEqualTo(expected.digest());
        }
    }

    @Test
    void theStateAsOfAnInstantEqualsTheCurrentStateCapturedAtThatInstant() {
        RandomTimeline random = new RandomTimeline(3);
        String timelineId = random.sozialraumId();
        List<Instant> captured = new ArrayList<>();
        List<String> live = new ArrayList<>();
        for (TimelineEntry draft : random.drafts(45, 0, Duration.ZERO)) {
            appendLive(List.of(draft));
            captured.add(draft.time()); // the instant of the latest entry: what the live state was "now"
            live.add(states.atPosition(timelineId, Long.MAX_VALUE).digest());
        }

        for (int i = 0; i < captured.size(); i++) {
            assertThat(states.asOf(timelineId, captured.get(i)).digest()).as("as of entry %d", i + 1).isEqualTo(live.get(i));
        }
    }

    @Test
    void rebuiltSnapshotsAreIdenticalToTheOnesMadeWhileTheEntriesCame() {
        RandomTimeline one = new RandomTimeline(5);
        RandomTimeline two = new RandomTimeline(6);
        appendLive(one.drafts(95, 10, Duration.ofHours(1)));
        appendLive(two.drafts(41, 10, Duration.ofHours(1)));
        String live = snapshots.current().digest(() -> { });
        assertThat(snapshots.current().count()).isEqualTo(9 + 4);

        AtomicLong read = new AtomicLong();
        int made = states.rebuild(read::addAndGet);

        assertThat(made).isEqualTo(13);
        assertThat(read.get()).as("entries read").isEqualTo(90 + 40);
        assertThat(snapshots.current().digest(() -> { })).isEqualTo(live);
    }

    @Test
    void theDigestOfTheSnapshotsShowsAChangedState() {
        RandomTimeline random = new RandomTimeline(9);
        appendLive(random.drafts(25, 0, Duration.ZERO));
        String before = snapshots.current().digest(() -> { });

        MongoCollection<Document> states = database.getCollection("timeline_state_snapshot_states");
        Object earlier = states.find(Filters.regex("_id", ":10$")).first().get("state");
        states.updateOne(Filters.regex("_id", ":20$"), Updates.set("state", earlier)); // a valid state, at the wrong position

        assertThat(snapshots.current().digest(() -> { })).isNotEqualTo(before);
    }

    /** As the listener does: append, then make the snapshots that are due. */
    private void appendLive(List<TimelineEntry> drafts) {
        for (TimelineEntry draft : drafts) {
            timeline.append(draft);
            states.afterAppend(draft.timelineId());
        }
    }

    private List<ChainEntry> all(String timelineId) {
        List<ChainEntry> all = new ArrayList<>();
        timeline.forEachChainEntry(timelineId, 0, Long.MAX_VALUE, all::add);
        return all;
    }

    /** Every entry's time, a millisecond before each, and instants before and after all of them. */
    private static TreeSet<Instant> instantsOf(List<ChainEntry> all) {
        TreeSet<Instant> instants = new TreeSet<>();
        all.forEach(entry -> {
            instants.add(entry.time());
            instants.add(entry.time().minusMillis(1));
        });
        instants.add(Instant.EPOCH);
        instants.add(Instant.parse("2100-01-01T00:00:00Z"));
        return instants;
    }

    /** Compared as canonical JSON: a state read from a snapshot holds BSON documents where a replayed one holds maps. */
    private static String canonical(TimelineState state) {
        return Jcs.canonicalize(state.toDocument());
    }

    private static TimelineState replay(List<ChainEntry> all, Instant instant) {
        TimelineState state = TimelineState.empty(all.get(0).payload().get("sozialraumId").toString());
        all.stream().filter(entry -> !entry.time().isAfter(instant)).forEach(state::apply);
        return state;
    }

    private static java.util.function.Predicate<ChainEntry> late(List<ChainEntry> all) {
        return entry -> all.stream().limit(entry.position() - 1).anyMatch(before -> before.time().isAfter(entry.time()));
    }
}
