package de.sozialraum.coordination.assignment.query;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.sozialraum.persistence.MongoSozialraumDirectory;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The overview, computed by MongoDB: one {@code $group} pass per dimension for the counts, and one that
 * collects the acceptance durations ({@code $unwind}, {@code $push}), whose median is taken here (the
 * MongoDB stand-in has no {@code $median}). Nothing but the grouped figures leaves the database.
 */
public class AssignmentOverviews {

    private static final long MILLIS_PER_HOUR = 3_600_000;

    private final MongoCollection<Document> views;
    private final MongoSozialraumDirectory sozialraeume;
    private final Clock clock;

    public AssignmentOverviews(MongoDatabase database, MongoSozialraumDirectory sozialraeume, Clock clock) {
        this.views = database.getCollection(MongoAssignmentViews.COLLECTION);
        this.sozialraeume = sozialraeume;
        this.clock = clock;
    }

    public AssignmentOverview of(String kommuneKey) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Counts> byDepartment = counts(kommuneKey, "$department", today);
        Map<String, List<Long>> acceptedByDepartment = acceptances(kommuneKey, "$acceptances.department");
        Map<String, Counts> bySozialraum = counts(kommuneKey, "$sozialraumId", today);
        Map<String, List<Long>> acceptedBySozialraum = acceptances(kommuneKey, "$sozialraumId");

        List<AssignmentOverview.DepartmentFigures> departments = keys(byDepartment, acceptedByDepartment).stream()
                .map(department -> new AssignmentOverview.DepartmentFigures(department,
                        figures(byDepartment.get(department), acceptedByDepartment.get(department))))
                .toList();
        Map<String, String> names = sozialraeume.names(keys(bySozialraum, acceptedBySozialraum));
        List<AssignmentOverview.SozialraumFigures> perSozialraum = keys(bySozialraum, acceptedBySozialraum).stream()
                .map(id -> new AssignmentOverview.SozialraumFigures(id, names.get(id),
                        figures(bySozialraum.get(id), acceptedBySozialraum.get(id))))
                .sorted(Comparator.comparing((AssignmentOverview.SozialraumFigures row) -> row.name() == null ? "" : row.name(),
                        String.CASE_INSENSITIVE_ORDER).thenComparing(AssignmentOverview.SozialraumFigures::sozialraumId))
                .toList();
        Counts total = byDepartment.values().stream().reduce(Counts.NONE, Counts::plus);
        List<Long> allAccepted = acceptedByDepartment.values().stream().flatMap(List::stream).toList();
        return new AssignmentOverview(kommuneKey, today, figures(total, allAccepted), departments, perSozialraum);
    }

    private Map<String, Counts> counts(String kommuneKey, String groupBy, LocalDate today) {
        List<String> open = MongoAssignmentViews.WITH_DEPARTMENT;
        Document isOpen = new Document("$in", List.of("$status", open));
        Document group = new Document("_id", groupBy)
                .append("open", countIf(isOpen))
                .append("overdue", countIf(new Document("$and", List.of(isOpen, new Document("$lt", List.of("$dueDate", today.toString()))))))
                .append("declined", countIf(hasStatus(AssignmentStatus.DECLINED)))
                .append("counterProposalsWaiting", countIf(hasStatus(AssignmentStatus.COUNTER_PROPOSED)))
                .append("completed", countIf(hasStatus(AssignmentStatus.COMPLETED)));
        Map<String, Counts> counts = new HashMap<>();
        views.aggregate(List.of(Aggregates.match(eq("kommuneKey", kommuneKey)), new Document("$group", group)))
                .forEach(row -> counts.put(row.getString("_id"), new Counts(number(row, "open"), number(row, "overdue"),
                        number(row, "declined"), number(row, "counterProposalsWaiting"), number(row, "completed"))));
        return counts;
    }

    /** Every acceptance's duration in milliseconds, grouped. */
    private Map<String, List<Long>> acceptances(String kommuneKey, String groupBy) {
        List<Bson> pipeline = List.of(Aggregates.match(eq("kommuneKey", kommuneKey)), Aggregates.unwind("$acceptances"),
                new Document("$group", new Document("_id", groupBy).append("millis", new Document("$push", "$acceptances.millis"))));
        Map<String, List<Long>> durations = new HashMap<>();
        views.aggregate(pipeline).forEach(row -> durations.put(row.getString("_id"),
                row.getList("millis", Number.class).stream().map(Number::longValue).toList()));
        return durations;
    }

    private static AssignmentOverview.Figures figures(Counts counts, List<Long> accepted) {
        Counts known = counts == null ? Counts.NONE : counts;
        List<Long> durations = accepted == null ? List.of() : accepted;
        Long median = Median.of(durations);
        return new AssignmentOverview.Figures(known.open(), known.overdue(), known.declined(), known.counterProposalsWaiting(),
                known.completed(), durations.size(), median == null ? null : Math.round(median * 10.0 / MILLIS_PER_HOUR) / 10.0);
    }

    private static List<String> keys(Map<String, ?> one, Map<String, ?> other) {
        TreeSet<String> keys = new TreeSet<>(one.keySet());
        keys.addAll(other.keySet());
        return new ArrayList<>(keys);
    }

    private static Document countIf(Document condition) {
        return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
    }

    private static Document hasStatus(AssignmentStatus status) {
        return new Document("$eq", List.of("$status", status.name()));
    }

    private static long number(Document row, String field) {
        return ((Number) row.get(field)).longValue();
    }

    private record Counts(long open, long overdue, long declined, long counterProposalsWaiting, long completed) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(open + other.open, overdue + other.overdue, declined + other.declined,
                    counterProposalsWaiting + other.counterProposalsWaiting, completed + other.completed);
        }
    }
}
