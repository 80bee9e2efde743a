package de.sozialraum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.sozialraum.audit.ChainVerifier;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import de.sozialraum.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Synthetic timelines written with reporting's code are timelines reporting verifies, whichever way they are written. */
class TimelineLoaderIT {

    private final MongoClient client = MongoClients.create(TestStores.mongoUri());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void appendedEntriesHavePositionsWithoutGapsAndAChainWithSignedCheckpointsThatVerifies() {
        TimelineLoader loader = new TimelineLoader(freshDatabase(), 50);
        SyntheticTimeline source = SyntheticTimeline.ofSeed(11);

        TimelineLoader.Written written = loader.append(source, 260);

        assertThat(written).isEqualTo(new TimelineLoader.Written(260, 5));
        assertVerifies(loader, source.timelineId(), 265, 5);
    }

    @Test
    void insertedBatchesContinueTheChainWithCheckpointsAtTheSamePlacesAsAppending() {
        SyntheticTimeline source = SyntheticTimeline.ofSeed(12);
        TimelineLoader loader = new TimelineLoader(freshDatabase(), 50);

        loader.append(source, 30);
        TimelineLoader.Written inserted = loader.insert(source, 1_000);

        assertThat(inserted.checkpoints()).isEqualTo(20);
        assertVerifies(loader, source.timelineId(), 1_050, 20);
        List<Long> checkpointPositions = loader.timeline().page(source.timelineId(), 1, 2_000).stream()
                .filter(entry -> CheckpointCheck.TYPE.equals(entry.type())).map(TimelineEntry::position).toList();
        assertThat(checkpointPositions).startsWith(51L, 102L).hasSize(20);
    }

    @Test
    void insertingStoresWhatAppendingStores() {
        TimelineLoader appending = new TimelineLoader(freshDatabase(), 0);
        TimelineLoader inserting = new TimelineLoader(freshDatabase(), 0);

        appending.append(SyntheticTimeline.ofSeed(13), 300);
        inserting.insert(SyntheticTimeline.ofSeed(13), 300);

        String timelineId = SyntheticTimeline.ofSeed(13).timelineId();
        assertThat(inserting.timeline().page(timelineId, 1, 1_000))
                .hasSize(300)
                .isEqualTo(appending.timeline().page(timelineId, 1, 1_000));
    }

    private static void assertVerifies(TimelineLoader loader, String timelineId, long positions, long checkpoints) {
        assertThat(loader.timeline().page(timelineId, 1, (int) positions + 10)).extracting(TimelineEntry::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, positions).boxed().toList());
        ChainVerifier.Result result = loader.timeline().verify(timelineId, loader.keys()::publicKey,
                loader.records().of(timelineId).iterator());
        assertThat(result.firstBreak()).isNull();
        assertThat(result.verifiedEntries()).isEqualTo(positions);
        assertThat(result.checkpoints()).isEqualTo(checkpoints);
    }

    private MongoDatabase freshDatabase() {
        return client.getDatabase("synthetic_" + UUID.randomUUID().toString().substring(0, 8));
    }
}
