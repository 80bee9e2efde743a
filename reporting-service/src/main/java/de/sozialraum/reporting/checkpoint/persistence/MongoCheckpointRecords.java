package de.sozialraum.reporting.checkpoint.persistence;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.sozialraum.audit.CheckpointCheck;
import de.sozialraum.platform.mongo.DuplicateKeys;
import org.bson.Document;

/**
 * Every checkpoint made, also outside the timeline ({@code timeline_checkpoints}, one document per checkpoint,
 * {@code _id} = its event id): verification requires each of them to be in the chain at its position, so a chain
 * truncated or rewritten behind a checkpoint is found even though the checkpoint entry itself is gone.
 */
public class MongoCheckpointRecords {

    static final String COLLECTION = "timeline_checkpoints";

    private final MongoCollection<Document> records;

    public MongoCheckpointRecords(MongoDatabase database) {
        this.records = database.getCollection(COLLECTION);
        records.createIndex(Indexes.ascending("timelineId", "position"), new IndexOptions().unique(true).name("position"));
    }

    /** Records a checkpoint whose entry is at {@code position}; a second record of the same checkpoint is dropped. */
    public void record(String eventId, long position, CheckpointCheck.Checkpoint checkpoint) {
        DuplicateKeys.insertOnce(records, new Document("_id", eventId)
                    .append("timelineId", checkpoint.timelineId())
                    .append("position", position)
                    .append("coveredPosition", checkpoint.coveredPosition())
                    .append("coveredHash", checkpoint.coveredHash())
                    .append("keyId", checkpoint.keyId())
                    .append("signature", checkpoint.signature()));
    }

    /** The position of the last checkpoint entry recorded for a timeline, if any. */
    public Optional<Long> lastPosition(String timelineId) {
        return Optional.ofNullable(records.find(eq("timelineId", timelineId))
                        .sort(Sorts.descending("position"))
                        .projection(new Document("position", 1))
                        .limit(1)
                        .first())
                .map(document -> ((Number) document.get("position")).longValue());
    }

    /** The recorded checkpoints of a timeline in position order (few: one per many entries). */
    public List<CheckpointCheck.Recorded> of(String timelineId) {
        return records.find(eq("timelineId", timelineId))
                .sort(Sorts.ascending("position"))
                .map(document -> new CheckpointCheck.Recorded(((Number) document.get("position")).longValue(),
                        new CheckpointCheck.Checkpoint(document.getString("timelineId"),
                                ((Number) document.get("coveredPosition")).longValue(), document.getString("coveredHash"),
                                document.getString("keyId"), document.getString("signature"))))
                .into(new ArrayList<>());
    }
}
