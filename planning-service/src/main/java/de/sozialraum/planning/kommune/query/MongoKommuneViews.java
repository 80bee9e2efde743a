package de.sozialraum.planning.kommune.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.department.DepartmentCatalogue;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.Department;
import de.sozialraum.planning.kommune.api.DepartmentType;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.KommuneRegisteredEvent;
import de.sozialraum.planning.kommune.query.KommuneView.DepartmentView;
import org.bson.Document;

/**
 * The registered Kommunen with their department catalogues (collection {@code kommune_views}), fed by
 * {@link KommuneProjection}. Every write is idempotent: a redelivered registration inserts nothing twice
 * and undoes no later change, a redelivered addition adds nothing twice. Also the directory and the
 * department catalogue the aggregates ask.
 */
public class MongoKommuneViews implements KommuneDirectory, DepartmentCatalogue {

    private final MongoCollection<Document> kommunen;

    public MongoKommuneViews(MongoDatabase database) {
        this.kommunen = database.getCollection("kommune_views");
    }

    void registered(KommuneRegisteredEvent event) {
        kommunen.updateOne(eq("_id", event.kommuneKey()), Updates.combine(
                Updates.setOnInsert("name", event.name()),
                Updates.setOnInsert("kind", event.kind().name()),
                Updates.setOnInsert("departments", event.departments().stream().map(MongoKommuneViews::department).toList())),
                new UpdateOptions().upsert(true));
    }

    void departmentAdded(String kommuneKey, Department department) {
        kommunen.updateOne(and(eq("_id", kommuneKey), ne("departments.key", department.key())),
                Updates.push("departments", department(department)));
    }

    void departmentRetired(String kommuneKey, String departmentKey, String reason) {
        kommunen.updateOne(and(eq("_id", kommuneKey), eq("departments.key", departmentKey)), Updates.combine(
                Updates.set("departments.$.status", DepartmentView.RETIRED),
                Updates.set("departments.$.retiredReason", reason)));
    }

    @Override
    public Optional<KommuneKind> kindOf(String kommuneKey) {
        return Optional.ofNullable(kommunen.find(eq("_id", kommuneKey)).projection(Projections.include("kind")).first())
                .map(document -> KommuneKind.valueOf(document.getString("kind")));
    }

    @Override
    public boolean isActive(String kommuneKey, String departmentKey) {
        return kommunen.countDocuments(and(eq("_id", kommuneKey),
                elemMatch("departments", and(eq("key", departmentKey), eq("status", DepartmentView.ACTIVE))))) > 0;
    }

    /** The keys of all registered Kommunen. */
    public Set<String> keys() {
        return kommunen.find().projection(Projections.include("_id")).map(document -> document.getString("_id")).into(new HashSet<>());
    }

    /** All registered Kommunen by key, without their departments. */
    public List<KommuneView> all() {
        return kommunen.find().projection(Projections.exclude("departments")).sort(Sorts.ascending("_id"))
                .map(document -> view(document, null)).into(new ArrayList<>());
    }

    /** One Kommune with its departments, active and retired, by key. */
    public Optional<KommuneView> one(String kommuneKey) {
        return Optional.ofNullable(kommunen.find(eq("_id", kommuneKey)).first()).map(document -> view(document,
                document.getList("departments", Document.class, List.of()).stream()
                        .map(MongoKommuneViews::departmentView)
                        .sorted(Comparator.comparing(DepartmentView::key))
                        .toList()));
    }

    private static Document department(Department department) {
        return new Document("key", department.key())
                .append("name", department.name())
                .append("type", department.type().name())
                .append("status", DepartmentView.ACTIVE);
    }

    private static KommuneView view(Document document, List<DepartmentView> departments) {
        return new KommuneView(document.getString("_id"), document.getString("name"), KommuneKind.valueOf(document.getString("kind")),
                departments);
    }

    private static DepartmentView departmentView(Document document) {
        return new DepartmentView(document.getString("key"), document.getString("name"), DepartmentType.valueOf(document.getString("type")),
                document.getString("status"), document.getString("retiredReason"));
    }
}
