package de.sozialraum.planning.needindex.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;
import de.sozialraum.planning.needindex.api.NeedIndexDefinedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Every version of every Kommune's need index method (collection {@code need_index_methods}, one document
 * per version, id {@code <kommune>:<version>}, so a redelivered event rewrites the same document).
 */
@ProcessingGroup(MongoNeedIndexMethods.PROCESSING_GROUP)
public class MongoNeedIndexMethods {

    public static final String PROCESSING_GROUP = "need-index-methods";

    /** A version of a Kommune's method. */
    public record Defined(String kommuneKey, int version, List<NeedIndexComponent> components, String reason) {
    }

    private final MongoCollection<Document> methods;

    public MongoNeedIndexMethods(MongoDatabase database) {
        this.methods = database.getCollection("need_index_methods");
        methods.createIndex(Indexes.compoundIndex(Indexes.ascending("kommuneKey"), Indexes.descending("version")));
    }

    @EventHandler
    void on(NeedIndexDefinedEvent event) {
        methods.replaceOne(eq("_id", event.kommuneKey() + ":" + event.version()), new Document("kommuneKey", event.kommuneKey())
                .append("version", event.version())
                .append("reason", event.reason())
                .append("components", event.components().stream()
                        .map(component -> new Document("indicator", component.indicatorCode())
                                .append("weight", new Decimal128(component.weight())))
                        .toList()), new ReplaceOptions().upsert(true));
    }

    /** The Kommune's method in force: its latest version. */
    public Optional<Defined> current(String kommuneKey) {
        return Optional.ofNullable(methods.find(eq("kommuneKey", kommuneKey)).sort(Sorts.descending("version")).first())
                .map(document -> new Defined(document.getString("kommuneKey"), document.getInteger("version"),
                        document.getList("components", Document.class).stream()
                                .map(component -> new NeedIndexComponent(component.getString("indicator"),
                                        component.get("weight", Decimal128.class).bigDecimalValue()))
                                .toList(),
                        document.getString("reason")));
    }
}
