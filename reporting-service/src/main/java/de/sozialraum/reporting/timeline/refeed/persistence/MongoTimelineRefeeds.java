package de.sozialraum.reporting.timeline.refeed.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.mongo.DuplicateKeys;
import de.sozialraum.reporting.timeline.refeed.TimelineRefeedRunningException;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed.PartitionProgress;
import de.sozialraum.reporting.timeline.refeed.api.TimelineRefeed.State;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The re-feeds of the timelines ({@code timeline_refeeds}, one document each), shared by all instances. The one running
 * carries {@code running: "timeline"} under a unique sparse index, so a second one cannot start anywhere while it runs;
 * {@code heartbeatAt} moves with its progress, so one whose instance died is recognised and marked failed.
 */
public class MongoTimelineRefeeds {

    static final String COLLECTION = "timeline_refeeds";
    private static final String RUNNING = "running";
    private static final String TIMELINE = "timeline";

    private final MongoCollection<Document> refeeds;

    public MongoTimelineRefeeds(MongoDatabase database) {
        this.refeeds = database.getCollection(COLLECTION);
        refeeds.createIndex(Indexes.ascending(RUNNING), new IndexOptions().unique(true).sparse(true).name(RUNNING));
    }

    /** Records a new running re-feed, or refuses if one is running. */
    public TimelineRefeed start(String id, Actor actor, String topic, Instant now) {
        Document refeed = new Document("_id", id)
                .append(RUNNING, TIMELINE)
                .append("state", State.RUNNING.name())
                .append("topic", topic)
                .append("startedAt", Date.from(now))
                .append("startedBy", new Document("id", actor.id()).append("name", actor.displayName()))
                .append("heartbeatAt", Date.from(now))
                .append("partitions", List.of())
                .append("appended", 0L)
                .append("duplicates", 0L)
                .append("malformed", 0L);
        if (!DuplicateKeys.insertOnce(refeeds, refeed)) {
            Document running = refeeds.find(eq(RUNNING, TIMELINE)).projection(new Document("_id", 1)).first();
            throw new TimelineRefeedRunningException(running == null ? "?" : running.getString("_id"));
        }
        return toRefeed(refeed);
    }

    /**
     * Saves the progress of a running re-feed and moves its heartbeat. Returns {@code false} if it is no longer running
     * (it was taken as abandoned meanwhile): then its reader must stop.
     */
    public boolean progress(String id, Progress progress, Instant now) {
        return refeeds.updateOne(and(eq("_id", id), eq(RUNNING, TIMELINE)),
                combine(progress.updates(), set("heartbeatAt", Date.from(now)))).getMatchedCount() == 1;
    }

    /** Ends a running re-feed as completed or failed, with its last progress. */
    public void finish(String id, State state, Progress progress, String failure, Instant now) {
        Bson end = combine(progress.updates(), set("state", state.name()), set("finishedAt", Date.from(now)),
                set("heartbeatAt", Date.from(now)), unset(RUNNING));
        refeeds.updateOne(and(eq("_id", id), eq(RUNNING, TIMELINE)), failure == null ? end : combine(end, set("failure", failure)));
    }

    /** Marks a running re-feed whose heartbeat is older than {@code staleBefore} as failed, for {@code reason}. */
    public void abandonStale(Instant staleBefore, String reason, Instant now) {
        refeeds.updateMany(and(eq(RUNNING, TIMELINE), lt("heartbeatAt", Date.from(staleBefore))),
                combine(set("state", State.FAILED.name()), set("finishedAt", Date.from(now)), unset(RUNNING), set("failure", reason)));
    }

    public Optional<TimelineRefeed> find(String id) {
        return Optional.ofNullable(refeeds.find(eq("_id", id)).first()).map(MongoTimelineRefeeds::toRefeed);
    }

    /** What a re-feed has done so far: how far it read each partition, and what became of the events. */
    public record Progress(List<PartitionProgress> partitions, long appended, long duplicates, long malformed) {

        Bson updates() {
            return combine(
                    set("partitions", partitions.stream().map(partition -> new Document("partition", partition.partition())
                            .append("beginningOffset", partition.beginningOffset())
                            .append("endOffset", partition.endOffset())
                            .append("position", partition.position())).toList()),
                    set("appended", appended), set("duplicates", duplicates), set("malformed", malformed));
        }
    }

    private static TimelineRefeed toRefeed(Document document) {
        Document startedBy = document.get("startedBy", Document.class);
        Date finishedAt = document.getDate("finishedAt");
        return TimelineRefeed.of(
                document.getString("_id"),
                State.valueOf(document.getString("state")),
                document.getDate("startedAt").toInstant(),
                new TimelineRefeed.StartedBy(startedBy.getString("id"), startedBy.getString("name")),
                finishedAt == null ? null : finishedAt.toInstant(),
                document.getString("topic"),
                document.getList("partitions", Document.class).stream()
                        .map(partition -> new PartitionProgress(partition.getInteger("partition"),
                                number(partition, "beginningOffset"), number(partition, "endOffset"), number(partition, "position")))
                        .toList(),
                number(document, "appended"),
                number(document, "duplicates"),
                number(document, "malformed"),
                document.getString("failure"));
    }

    private static long number(Document document, String key) {
        return ((Number) document.get(key)).longValue();
    }
}
