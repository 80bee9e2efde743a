package de.sozialraum.planning.sozialraum.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.participation.domain.GoalCatalogue;
import de.sozialraum.planning.sozialraum.api.GoalClosedEvent;
import de.sozialraum.planning.sozialraum.api.GoalLink;
import de.sozialraum.planning.sozialraum.api.GoalRevisedEvent;
import de.sozialraum.planning.sozialraum.api.GoalSetEvent;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * The goals of all Sozialräume as planning's read model (collection {@code goal_views}), fed by
 * {@link SozialraumProjection}. Every write is idempotent, so a redelivered event changes nothing.
 * Also the catalogue participation asks which goals are open.
 */
public class MongoGoalViews implements GoalCatalogue {

    private final MongoCollection<Document> goals;

    public MongoGoalViews(MongoDatabase database) {
        this.goals = database.getCollection("goal_views");
        goals.createIndex(Indexes.ascending("sozialraumId"));
    }

    void set(GoalSetEvent event) {
        goals.updateOne(eq("_id", event.goalId()), Updates.combine(
                Updates.set("sozialraumId", event.sozialraumId()),
                plan(event.title(), event.handlungsfeld(), event.leitziel(), event.targetGroups(), event.leadDepartment(), event.dueDate(),
                        event.target()),
                Updates.set("carriedOverFrom", link(event.carriedOverFrom())),
                Updates.setOnInsert("status", GoalView.OPEN),
                Updates.setOnInsert("revisions", 0)), new UpdateOptions().upsert(true));
    }

    void revised(GoalRevisedEvent event) {
        goals.updateOne(eq("_id", event.goalId()), Updates.combine(
                plan(event.title(), event.handlungsfeld(), event.leitziel(), event.targetGroups(), event.leadDepartment(), event.dueDate(),
                        event.target()),
                Updates.set("revisions", event.revision())));
    }

    void closed(GoalClosedEvent event) {
        goals.updateOne(eq("_id", event.goalId()), Updates.combine(
                Updates.set("status", event.outcome().name()), Updates.set("note", event.note()),
                Updates.set("carriedOverTo", link(event.carriedOverTo()))));
    }

    @Override
    public boolean isOpenGoalOf(String goalId, String sozialraumId) {
        return goals.countDocuments(and(eq("_id", goalId), eq("sozialraumId", sozialraumId), eq("status", GoalView.OPEN))) > 0;
    }

    /** The Sozialraum's goals, the earliest due first. */
    public List<GoalView> of(String sozialraumId) {
        return goals.find(eq("sozialraumId", sozialraumId)).map(MongoGoalViews::view).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(GoalView::dueDate).thenComparing(GoalView::title))
                .toList();
    }

    private static Bson plan(String title, Handlungsfeld handlungsfeld, Leitziel leitziel, Set<TargetGroup> targetGroups,
                             String leadDepartment, LocalDate dueDate, GoalTarget target) {
        return Updates.combine(
                Updates.set("title", title),
                Updates.set("handlungsfeld", handlungsfeld.name()),
                Updates.set("leitziel", leitziel == null ? null : leitziel.name()),
                Updates.set("targetGroups", targetGroups == null ? List.of() : targetGroups.stream().map(Enum::name).sorted().toList()),
                Updates.set("leadDepartment", leadDepartment),
                Updates.set("dueDate", dueDate.toString()),
                Updates.set("target", target == null ? null : new Document("indicator", target.indicatorCode())
                        .append("baseline", new Decimal128(target.baseline()))
                        .append("baselinePeriod", target.baselinePeriod())
                        .append("targetValue", new Decimal128(target.targetValue()))));
    }

    private static GoalTarget target(Document target) {
        return target == null ? null : new GoalTarget(target.getString("indicator"),
                target.get("baseline", Decimal128.class).bigDecimalValue(), target.getString("baselinePeriod"),
                target.get("targetValue", Decimal128.class).bigDecimalValue());
    }

    private static Document link(GoalLink link) {
        return link == null ? null : new Document("sozialraumId", link.sozialraumId()).append("goalId", link.goalId());
    }

    private static GoalLink link(Document document) {
        return document == null ? null : new GoalLink(document.getString("sozialraumId"), document.getString("goalId"));
    }

    private static GoalView view(Document document) {
        String leitziel = document.getString("leitziel");
        return new GoalView(
                document.getString("_id"),
                document.getString("sozialraumId"),
                document.getString("title"),
                Handlungsfeld.valueOf(document.getString("handlungsfeld")),
                leitziel == null ? null : Leitziel.valueOf(leitziel),
                document.getList("targetGroups", String.class, List.of()).stream().map(TargetGroup::valueOf).collect(Collectors.toSet()),
                document.getString("leadDepartment"),
                LocalDate.parse(document.getString("dueDate")),
                document.getString("status"),
                document.getString("note"),
                document.getInteger("revisions", 0),
                link(document.get("carriedOverFrom", Document.class)),
                link(document.get("carriedOverTo", Document.class)),
                target(document.get("target", Document.class)),
                null);
    }
}
