package de.sozialraum.planning.indicator.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.IndicatorDefinedEvent;
import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.IndicatorRevisedEvent;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import org.bson.Document;

/**
 * The indicator catalogues of all Kommunen (collection {@code indicator_views}, one document per
 * indicator, {@code _id} = {@code <kommuneKey>/<code>}, index on {@code kommuneKey}), fed by
 * {@link IndicatorProjection}. Writes are idempotent: a definition only inserts, a revision
 * is only written over an older one. Also the catalogue aggregates ask.
 */
public class MongoIndicatorViews implements IndicatorCatalogue {

    private final MongoCollection<Document> views;

    public MongoIndicatorViews(MongoDatabase database) {
        this.views = database.getCollection("indicator_views");
        views.createIndex(Indexes.ascending("kommuneKey", "code"));
    }

    /** Only inserts: redelivered after a revision, it leaves the revised text alone. */
    void defined(IndicatorDefinedEvent event) {
        String id = IndicatorIds.indicator(event.kommuneKey(), event.code());
        Document document = document(event.kommuneKey(), event.code(), event.name(), event.unit(), event.polarity(), event.category(),
                event.source(), 0);
        views.updateOne(eq("_id", id), Updates.combine(document.entrySet().stream()
                .map(field -> Updates.setOnInsert(field.getKey(), field.getValue())).toList()), new UpdateOptions().upsert(true));
    }

    void revised(IndicatorRevisedEvent event) {
        String id = IndicatorIds.indicator(event.kommuneKey(), event.code());
        Document document = document(event.kommuneKey(), event.code(), event.name(), event.unit(), event.polarity(), event.category(),
                event.source(), event.revision());
        views.updateOne(Filters.and(eq("_id", id), Filters.lt("revisions", event.revision())), new Document("$set", document));
    }

    @Override
    public Optional<IndicatorDefinition> find(String kommuneKey, String indicatorCode) {
        return view(kommuneKey, indicatorCode).map(view -> new IndicatorDefinition(view.kommuneKey(), view.code(), view.name(),
                view.unit(), view.polarity(), view.category(), view.source()));
    }

    public Optional<IndicatorView> view(String kommuneKey, String code) {
        return Optional.ofNullable(views.find(eq("_id", IndicatorIds.indicator(kommuneKey, code))).first()).map(MongoIndicatorViews::view);
    }

    /** The Kommune's catalogue by code. */
    public List<IndicatorView> of(String kommuneKey) {
        return views.find(eq("kommuneKey", kommuneKey)).sort(Sorts.ascending("code")).map(MongoIndicatorViews::view).into(new ArrayList<>());
    }

    private static Document document(String kommuneKey, String code, String name, String unit, Polarity polarity,
                                     IndicatorCategory category, String source, int revisions) {
        return new Document("kommuneKey", kommuneKey)
                .append("code", code)
                .append("name", name)
                .append("unit", unit)
                .append("polarity", polarity.name())
                .append("category", category.name())
                .append("source", source)
                .append("revisions", revisions);
    }

    private static IndicatorView view(Document document) {
        return new IndicatorView(document.getString("code"), document.getString("kommuneKey"), document.getString("name"),
                document.getString("unit"), Polarity.valueOf(document.getString("polarity")),
                IndicatorCategory.valueOf(document.getString("category")), document.getString("source"), document.getInteger("revisions", 0));
    }
}
