package de.sozialraum.planning.sozialraum.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.sozialraum.api.Boundary;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import org.bson.Document;

/**
 * The Sozialräume of all Kommunen as planning's read model (collection {@code sozialraum_views}), fed
 * by {@link SozialraumProjection}. Every write is idempotent, so a replay rebuilds the same documents.
 * Also the catalogue the aggregates ask about parents.
 */
public class MongoSozialraumViews implements SozialraumCatalogue {

    private final MongoCollection<Document> views;

    public MongoSozialraumViews(MongoDatabase database) {
        this.views = database.getCollection("sozialraum_views");
        views.createIndex(Indexes.ascending("kommuneKey"));
    }

    void registered(SozialraumRegisteredEvent event) {
        Document view = new Document("_id", event.sozialraumId())
                .append("kommuneKey", event.kommuneKey())
                .append("name", event.name())
                .append("kind", event.kind().name())
                .append("parentId", event.parentId())
                .append("population", event.population())
                .append("boundary", boundary(event.boundary()))
                .append("status", SozialraumView.ACTIVE)
                .append("goalIds", List.of());
        views.replaceOne(eq("_id", event.sozialraumId()), view, new ReplaceOptions().upsert(true));
    }

    void renamed(String sozialraumId, String name) {
        views.updateOne(eq("_id", sozialraumId), Updates.set("name", name));
    }

    void boundaryChanged(String sozialraumId, Boundary boundary) {
        views.updateOne(eq("_id", sozialraumId), Updates.set("boundary", boundary(boundary)));
    }

    void retired(String sozialraumId, String reason) {
        views.updateOne(eq("_id", sozialraumId),
                Updates.combine(Updates.set("status", SozialraumView.RETIRED), Updates.set("retiredReason", reason)));
    }

    void goalSet(String sozialraumId, String goalId) {
        views.updateOne(eq("_id", sozialraumId), Updates.addToSet("goalIds", goalId));
    }

    /** Kommune and status only (no boundary): what access checks and aggregates need. */
    @Override
    public Optional<Known> find(String sozialraumId) {
        return Optional.ofNullable(views.find(eq("_id", sozialraumId)).projection(Projections.include("kommuneKey", "status")).first())
                .map(document -> new Known(document.getString("kommuneKey"), SozialraumView.RETIRED.equals(document.getString("status"))));
    }

    /** One Sozialraum with its boundary, whatever its Kommune (the caller checks access). */
    public Optional<SozialraumView> view(String sozialraumId) {
        return Optional.ofNullable(views.find(eq("_id", sozialraumId)).first()).map(document -> view(document, true));
    }

    /** The Kommune's Sozialräume as a forest: those without (known) parent at the top, each with its children, by name. */
    public List<SozialraumView> tree(String kommuneKey) {
        Map<String, SozialraumView> byId = new LinkedHashMap<>();
        views.find(eq("kommuneKey", kommuneKey)).projection(Projections.exclude("boundary")).forEach(document -> byId.put(document.getString("_id"), view(document, false)));
        Map<String, List<SozialraumView>> children = new LinkedHashMap<>();
        List<SozialraumView> roots = new ArrayList<>();
        for (SozialraumView view : byId.values()) {
            if (view.parentId() != null && byId.containsKey(view.parentId())) {
                children.computeIfAbsent(view.parentId(), parent -> new ArrayList<>()).add(view);
            } else {
                roots.add(view);
            }
        }
        return withChildren(roots, children);
    }

    private static List<SozialraumView> withChildren(List<SozialraumView> level, Map<String, List<SozialraumView>> children) {
        return level.stream()
                .sorted(Comparator.comparing(SozialraumView::name, String.CASE_INSENSITIVE_ORDER))
                .map(view -> view.withChildren(withChildren(children.getOrDefault(view.id(), List.of()), children)))
                .toList();
    }

    private static Document boundary(Boundary boundary) {
        return boundary == null ? null : new Document("type", boundary.type()).append("coordinates", boundary.coordinates());
    }

    @SuppressWarnings("unchecked")
    private static SozialraumView view(Document document, boolean withBoundary) {
        Document boundary = document.get("boundary", Document.class);
        return new SozialraumView(
                document.getString("_id"),
                document.getString("kommuneKey"),
                document.getString("name"),
                SozialraumKind.valueOf(document.getString("kind")),
                document.getString("parentId"),
                document.getInteger("population"),
                document.getString("status"),
                document.getString("retiredReason"),
                document.getList("goalIds", String.class, List.of()).size(),
                withBoundary && boundary != null
                        ? new Boundary(boundary.getString("type"), (List<List<List<List<Double>>>>) boundary.get("coordinates"))
                        : null,
                null);
    }
}
