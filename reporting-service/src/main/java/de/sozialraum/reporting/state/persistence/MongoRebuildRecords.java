package de.sozialraum.reporting.state.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import de.sozialraum.platform.mongo.DuplicateKeys;
import de.sozialraum.reporting.state.api.StateRebuild;
import org.bson.Document;

/**
 * The rebuilds of the state snapshots ({@code state_rebuilds}): one document each, and a lock document that lets one run
 * at a time across instances — taken while free or while its holder has not shown progress for a while (it died).
 */
public class MongoRebuildRecords {

    static final String COLLECTION = "state_rebuilds";
    private static final String LOCK = "lock";

    private final MongoCollection<Document> records;

    public MongoRebuildRecords(MongoDatabase database) {
        this.records = database.getCollection(COLLECTION);
    }

    /** Takes the lock for rebuild {@code id}: {@code false} while another rebuild shows progress since {@code staleBefore}. */
    public boolean lock(String id, Instant now, Instant staleBefore) {
        try {
            records.updateOne(and(eq("_id", LOCK), or(eq("holder", null), lt("heartbeatAt", Date.from(staleBefore)))),
                    combine(set("holder", id), set("heartbeatAt", Date.from(now))), new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return false; // the lock exists and is held: the upsert tried to insert a second one
        }
    }

    /**
     * Marks every other rebuild still recorded as running as failed: the lock is {@code id}'s, so their instances stopped
     * while they ran. Returns how many.
     */
    public long abandonOthers(String id, String reason, Instant now) {
        return records.updateMany(and(eq("status", "RUNNING"), ne("_id", id)),
                combine(set("status", "FAILED"), set("error", reason), set("finishedAt", Date.from(now)))).getModifiedCount();
    }

    public void unlock(String id) {
        records.updateOne(and(eq("_id", LOCK), eq("holder", id)), set("holder", null));
    }

    /** Saves the rebuild's state, and shows the lock's holder is alive. */
    public void save(StateRebuild rebuild, Instant now) {
        records.replaceOne(eq("_id", rebuild.id()), new Document("_id", rebuild.id())
                .append("status", rebuild.status())
                .append("entriesTotal", rebuild.entriesTotal())
                .append("entriesRead", rebuild.entriesRead())
                .append("snapshotsMade", rebuild.snapshotsMade())
                .append("digestBefore", rebuild.digestBefore())
                .append("digestAfter", rebuild.digestAfter())
                .append("identical", rebuild.identical())
                .append("startedBy", rebuild.startedBy())
                .append("startedAt", date(rebuild.startedAt()))
                .append("finishedAt", date(rebuild.finishedAt()))
                .append("error", rebuild.error()), new ReplaceOptions().upsert(true));
        records.updateOne(and(eq("_id", LOCK), eq("holder", rebuild.id())), set("heartbeatAt", Date.from(now)));
    }

    public Optional<StateRebuild> find(String id) {
        if (LOCK.equals(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(records.find(eq("_id", id)).first()).map(document -> new StateRebuild(
                document.getString("_id"), document.getString("status"), document.getLong("entriesTotal"),
                document.getLong("entriesRead"), document.getLong("snapshotsMade"), document.getString("digestBefore"),
                document.getString("digestAfter"), document.getBoolean("identical"), document.getString("startedBy"),
                instant(document.getDate("startedAt")), instant(document.getDate("finishedAt")), document.getString("error")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
