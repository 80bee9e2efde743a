package de.sozialraum.coordination.assignment.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.coordination.assignment.api.AssignmentIssuedEvent;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per assignment (collection {@code assignment_views}), fed by {@link AssignmentProjection}.
 * <p>
 * Idempotent under redelivery: every document remembers the sequence number of the last event applied
 * ({@code sequence}); a change applies only to a document with a lower one, so a redelivered (older)
 * event never overwrites a newer state. The issue inserts once ({@code $setOnInsert}). One aggregate's
 * events reach the projection in their order (one segment, or Axon's sequencing by aggregate id), so a
 * later event never arrives before an earlier one that is still missing.
 * <p>
 * Dates are ISO strings ({@code 2027-06-30}: they sort and compare as dates), instants are BSON dates.
 */
public class MongoAssignmentViews {

    static final String COLLECTION = "assignment_views";
    /** Waiting for the department or in its work: what a department's inbox lists ({@code DECLINED} is the Stabsstelle's to act on). */
    static final List<String> WITH_DEPARTMENT = names(AssignmentStatus.ISSUED, AssignmentStatus.COUNTER_PROPOSED,
            AssignmentStatus.ACCEPTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.BLOCKED);

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> views;

    public MongoAssignmentViews(MongoDatabase database) {
        this.views = database.getCollection(COLLECTION);
        views.createIndex(Indexes.ascending("kommuneKey", "department", "dueDate"));
        views.createIndex(Indexes.ascending("kommuneKey", "sozialraumId"));
    }

    void issued(AssignmentIssuedEvent event, long sequence, Instant at) {
        Document view = new Document("kommuneKey", event.kommuneKey())
                .append("sozialraumId", event.sozialraumId())
                .append("department", event.department())
                .append("title", event.title())
                .append("description", event.description())
                .append("priority", event.priority().name())
                .append("dueDate", event.dueDate().toString())
                .append("decisionId", event.decisionId())
                .append("goalIds", event.goalIds())
                .append("status", AssignmentStatus.ISSUED.name())
                .append("issuedAt", Date.from(at))
                .append("putToDepartmentAt", Date.from(at))
                .append("lastChangedAt", Date.from(at))
                .append("acceptances", List.of())
                .append("sequence", sequence);
        views.updateOne(eq("_id", event.assignmentId()), Updates.setOnInsert(view), UPSERT);
    }

    /** Applies {@code changes} and the new status unless the document has seen this event (or a later one) already. */
    void changed(String assignmentId, long sequence, Instant at, AssignmentStatus status, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("status", status.name()));
        all.add(Updates.set("lastChangedAt", Date.from(at)));
        all.add(Updates.set("sequence", sequence));
        views.updateOne(and(eq("_id", assignmentId), lt("sequence", sequence)), Updates.combine(all));
    }

    /**
     * The department that has the assignment now accepted it: the time since it was put to that department
     * is recorded as one acceptance of that department (the basis of the median time to accept).
     */
    Bson[] acceptance(String assignmentId, String department, Instant at) {
        Document current = views.find(eq("_id", assignmentId)).first();
        Date putAt = current == null ? null : current.getDate("putToDepartmentAt");
        long millis = putAt == null ? 0 : Math.max(0, Duration.between(putAt.toInstant(), at).toMillis());
        return new Bson[]{Updates.set("acceptedAt", Date.from(at)),
                Updates.push("acceptances", new Document("department", department).append("millis", millis).append("at", Date.from(at)))};
    }

    /** The assignment now lies with another department, which has not answered yet. */
    static Bson[] putTo(String department, Instant at) {
        return new Bson[]{Updates.set("department", department), Updates.set("putToDepartmentAt", Date.from(at)),
                Updates.unset("answeredAt"), Updates.unset("acceptedAt"), Updates.unset("plannedCompletion"),
                Updates.unset("progress"), Updates.unset("progressNote"), Updates.unset("proposal")};
    }

    /** Dropped before a replay rebuilds the view from the first event. */
    void clear() {
        views.deleteMany(new Document());
    }

    public Optional<AssignmentView> one(String assignmentId) {
        return Optional.ofNullable(views.find(eq("_id", assignmentId)).first()).map(MongoAssignmentViews::view);
    }

    /** The department's assignments that wait for it or are in its work, the earliest due first. */
    public List<AssignmentView> withDepartment(String kommuneKey, String department) {
        return views.find(and(eq("kommuneKey", kommuneKey), eq("department", department), in("status", WITH_DEPARTMENT)))
                .sort(Sorts.ascending("dueDate", "_id"))
                .map(MongoAssignmentViews::view)
                .into(new ArrayList<>());
    }

    private static AssignmentView view(Document document) {
        Document proposal = document.get("proposal", Document.class);
        return new AssignmentView(
                document.getString("_id"),
                document.getString("kommuneKey"),
                document.getString("sozialraumId"),
                document.getString("department"),
                document.getString("title"),
                document.getString("description"),
                AssignmentPriority.valueOf(document.getString("priority")),
                AssignmentStatus.valueOf(document.getString("status")),
                date(document.getString("dueDate")),
                date(document.getString("plannedCompletion")),
                document.getString("decisionId"),
                document.getList("goalIds", String.class, List.of()),
                document.getInteger("progress"),
                document.getString("progressNote"),
                proposal == null ? null : new AssignmentView.Proposal(date(proposal.getString("dueDate")),
                        proposal.getString("department"), proposal.getString("reason"), instant(proposal.getDate("at"))),
                document.getString("lastReason"),
                document.getString("outcome"),
                document.getString("evidence"),
                instant(document.getDate("issuedAt")),
                instant(document.getDate("putToDepartmentAt")),
                instant(document.getDate("answeredAt")),
                instant(document.getDate("acceptedAt")),
                instant(document.getDate("completedAt")),
                instant(document.getDate("cancelledAt")),
                instant(document.getDate("lastChangedAt")));
    }

    static List<String> names(AssignmentStatus... statuses) {
        return Stream.of(statuses).map(Enum::name).toList();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
