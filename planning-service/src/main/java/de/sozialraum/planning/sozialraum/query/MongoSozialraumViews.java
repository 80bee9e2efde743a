package de.sozialraum.planning.sozialraum.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.sozialraum.api.Boundary;
import de.sozialraum.planning.sozialraum.api.Restructuring;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SozialraumRegisteredEvent;
import de.sozialraum.planning.sozialraum.api.SozialraumRetiredEvent;
import de.sozialraum.planning.sozialraum.domain.SozialraumCatalogue;
import org.bson.Document;

/**
 * The Sozialräume of all Kommunen as planning's read model (collection {@code sozialraum_views}), fed
 * by {@link SozialraumProjection}. Every write is idempotent, so a replay rebuilds the same documents.
 * Also the catalogue the aggregates ask about parents. Links to predecessors and successors are stored
 * as ids ({@code predecessorIds} with {@code origin}, {@code successorIds} with {@code retiredBy}) and
 * shown with the linked Sozialräume's current names.
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
                .append("goalIds", List.of())
                .append("origin", name(event.restructuring()))
                .append("predecessorIds", event.predecessorIds());
        views.replaceOne(eq("_id", event.sozialraumId()), view, new ReplaceOptions().upsert(true));
    }

    void renamed(String sozialraumId, String name) {
        views.updateOne(eq("_id", sozialraumId), Updates.set("name", name));
    }

    void boundaryChanged(String sozialraumId, Boundary boundary) {
        views.updateOne(eq("_id", sozialraumId), Updates.set("boundary", boundary(boundary)));
    }

    void retired(SozialraumRetiredEvent event) {
        views.updateOne(eq("_id", event.sozialraumId()), Updates.combine(
                Updates.set("status", SozialraumView.RETIRED),
                Updates.set("retiredReason", event.reason()),
                Updates.set("retiredBy", name(event.restructuring())),
                Updates.set("successorIds", event.successorIds())));
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
        return Optional.ofNullable(views.find(eq("_id", sozialraumId)).first()).map(document -> {
            Map<String, String> names = new HashMap<>();
            List<String> linked = linkedIds(document).toList();
            if (!linked.isEmpty()) {
                views.find(in("_id", linked)).projection(Projections.include("name"))
                        .forEach(other -> names.put(other.getString("_id"), other.getString("name")));
            }
            return view(document, true, names);
        });
    }

    /** The Kommune's Sozialräume as a forest: those without (known) parent at the top, each with its children, by name. */
    public List<SozialraumView> tree(String kommuneKey) {
        List<Document> documents = views.find(eq("kommuneKey", kommuneKey)).projection(Projections.exclude("boundary")).into(new ArrayList<>());
        Map<String, String> names = new HashMap<>();
        documents.forEach(document -> names.put(document.getString("_id"), document.getString("name")));
        Map<String, SozialraumView> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.getString("_id"), view(document, false, names)));
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

    private static Stream<String> linkedIds(Document document) {
        return Stream.concat(document.getList("predecessorIds", String.class, List.of()).stream(),
                document.getList("successorIds", String.class, List.of()).stream());
    }

    private static List<SozialraumLink> links(Document document, String ids, String restructuring, Map<String, String> names) {
        String linkedBy = document.getString(restructuring);
        return document.getList(ids, String.class, List.of()).stream()
                .map(id -> new SozialraumLink(id, names.get(id), linkedBy == null ? null : Restructuring.valueOf(linkedBy)))
                .toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Document boundary(Boundary boundary) {
        return boundary == null ? null : new Document("type", boundary.type()).append("coordinates", boundary.coordinates());
    }

    @SuppressWarnings("unchecked")
    private static SozialraumView view(Document document, boolean withBoundary, Map<String, String> names) {
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
                null,
                links(document, "predecessorIds", "origin", names),
                links(document, "successorIds", "retiredBy", names));
    }
}
