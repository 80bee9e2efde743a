package de.sozialraum.coordination.assignment.deadline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The pending deadlines, one document each ({@code assignment_deadlines}), so they outlive restarts. Written
 * idempotently (upsert by {@link Deadline#id()}, insert-only fields); taken by one instance at a time through an
 * atomic claim that expires, and removed once fired.
 */
public class MongoDeadlineSchedule {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final Date NEVER_CLAIMED = new Date(0);

    private final MongoCollection<Document> deadlines;

    public MongoDeadlineSchedule(MongoDatabase database) {
        this.deadlines = database.getCollection("assignment_deadlines");
        deadlines.createIndex(Indexes.ascending("fireAt"));
        deadlines.createIndex(Indexes.ascending("assignmentId"));
    }

    /** The deadlines of the assignment's due date from now on; those of any other due date it had are gone. */
    void schedule(String assignmentId, LocalDate dueDate, List<Deadline> planned) {
        deadlines.deleteMany(and(eq("assignmentId", assignmentId), ne("dueDate", dueDate.toString())));
        for (Deadline deadline : planned) {
            List<Bson> fields = new ArrayList<>(List.of(
                    Updates.setOnInsert("assignmentId", deadline.assignmentId()),
                    Updates.setOnInsert("kommuneKey", deadline.kommuneKey()),
                    Updates.setOnInsert("dueDate", deadline.dueDate().toString()),
                    Updates.setOnInsert("daysBefore", deadline.daysBefore()),
                    Updates.setOnInsert("fireAt", Date.from(deadline.fireAt())),
                    Updates.setOnInsert("claimedUntil", NEVER_CLAIMED)));
            if (deadline.staleAt() != null) {
                fields.add(Updates.setOnInsert("staleAt", Date.from(deadline.staleAt())));
            }
            deadlines.updateOne(eq("_id", deadline.id()), Updates.combine(fields), UPSERT);
        }
    }

    /** The assignment is finished: none of its deadlines will come. */
    void forget(String assignmentId) {
        deadlines.deleteMany(eq("assignmentId", assignmentId));
    }

    /**
     * Takes the earliest deadline that has come and that no one holds (never claimed, or the claim expired) for
     * {@code owner} until {@code claimedUntil}, in one atomic step on MongoDB.
     */
    Optional<Deadline> claimNext(String owner, Instant now, Instant claimedUntil) {
        Document claimed = deadlines.findOneAndUpdate(
                and(lte("fireAt", Date.from(now)), lt("claimedUntil", Date.from(now))),
                Updates.combine(Updates.set("claimedBy", owner), Updates.set("claimedUntil", Date.from(claimedUntil))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("fireAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MongoDeadlineSchedule::deadline);
    }

    /** The deadline has fired (or was dropped): removed, unless another instance has taken it over meanwhile. */
    void done(Deadline deadline, String owner) {
        deadlines.deleteOne(and(eq("_id", deadline.id()), eq("claimedBy", owner)));
    }

    /** The assignment's pending deadlines, the earliest first. */
    public List<Deadline> pending(String assignmentId) {
        return deadlines.find(eq("assignmentId", assignmentId)).sort(Sorts.ascending("fireAt"))
                .map(MongoDeadlineSchedule::deadline).into(new ArrayList<>());
    }

    private static Deadline deadline(Document document) {
        Date staleAt = document.getDate("staleAt");
        return new Deadline(document.getString("assignmentId"), document.getString("kommuneKey"),
                LocalDate.parse(document.getString("dueDate")), document.getInteger("daysBefore"),
                document.getDate("fireAt").toInstant(), staleAt == null ? null : staleAt.toInstant());
    }
}
