package de.sozialraum.reporting.timeline.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.sozialraum.reporting.timeline.api.AppendResult;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;

/**
 * The timelines in one collection, one document per entry, {@code _id} = event id.
 *
 * <p>Appending needs no transaction: a unique index on (Sozialraum, position) and the unique event id
 * make the single-document insert the only step. The next position is always the last stored one
 * plus one, so positions have no gaps; a redelivered event collides on its id and is dropped; two
 * writers racing for one position (e.g. during a consumer-group rebalance) collide on the position
 * index and the loser takes the next one.
 */
public class MongoTimeline {

    static final String COLLECTION = "timeline_entries";
    private static final int MAX_POSITION_RACES = 100;

    private final MongoCollection<Document> entries;

    public MongoTimeline(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("timelineId", "position"), new IndexOptions().unique(true).name("position"));
    }

    public AppendResult append(TimelineEntry draft) {
        if (contains(draft.eventId())) {
            return AppendResult.DUPLICATE;
        }
        for (int race = 0; race < MAX_POSITION_RACES; race++) {
            long position = lastPosition(draft.timelineId()) + 1;
            try {
                entries.insertOne(TimelineDocuments.toDocument(draft, position));
                return AppendResult.APPENDED;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                if (contains(draft.eventId())) {
                    return AppendResult.DUPLICATE;
                }
            }
        }
        throw new IllegalStateException("Lost " + MAX_POSITION_RACES + " races for the next position of " + draft.timelineId());
    }

    public List<TimelineEntry> page(String timelineId, long fromPosition, int limit) {
        return entries.find(and(eq("timelineId", timelineId), gte("position", fromPosition)))
                .sort(Sorts.ascending("position"))
                .limit(limit)
                .map(TimelineDocuments::toEntry)
                .into(new ArrayList<>());
    }

    /** The last position of a Sozialraum's timeline, 0 when it has none. */
    public long lastPosition(String timelineId) {
        return head(timelineId).map(TimelineHead::lastPosition).orElse(0L);
    }

    /** The length of a Sozialraum's timeline and its Kommune, if it has one. */
    public Optional<TimelineHead> head(String timelineId) {
        return Optional.ofNullable(entries.find(eq("timelineId", timelineId))
                        .sort(Sorts.descending("position"))
                        .projection(new Document("position", 1).append("kommune", 1))
                        .limit(1)
                        .first())
                .map(document -> new TimelineHead(document.getLong("position"), document.getString("kommune")));
    }

    /** @param lastPosition the number of entries; @param kommune the Sozialraum's Kommune */
    public record TimelineHead(long lastPosition, String kommune) {
    }

    private boolean contains(String eventId) {
        return entries.find(eq("_id", eventId)).projection(new Document("_id", 1)).first() != null;
    }
}
