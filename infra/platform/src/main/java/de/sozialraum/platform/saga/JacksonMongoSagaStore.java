package de.sozialraum.platform.saga;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

/**
 * Sagas in MongoDB, serialised with the service's (Jackson) serializer, one document per saga:
 * <pre>
 * { _id: sagaId, sagaType, payloadType, payloadRevision, saga: "&lt;json&gt;", associations: [ {key, value}, … ] }
 * </pre>
 * Finding sagas by association uses the index on (sagaType, associations.key, associations.value),
 * which the Axon Mongo extension's saga store does not create (and whose builder needs XStream).
 */
public class JacksonMongoSagaStore implements SagaStore<Object> {

    static final String COLLECTION = "sagas";
    private static final String ID = "_id";
    private static final String SAGA_TYPE = "sagaType";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String SAGA = "saga";
    private static final String ASSOCIATIONS = "associations";
    private static final String KEY = "key";
    private static final String VALUE = "value";

    private final MongoCollection<Document> sagas;
    private final Serializer serializer;

    public JacksonMongoSagaStore(MongoDatabase database, Serializer serializer) {
        this.sagas = database.getCollection(COLLECTION);
        this.serializer = serializer;
    }

    /** Creates the index that finding sagas by association needs; idempotent. */
    public void ensureIndexes() {
        sagas.createIndex(Indexes.ascending(SAGA_TYPE, ASSOCIATIONS + "." + KEY, ASSOCIATIONS + "." + VALUE),
                new IndexOptions().name("associations"));
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        Set<String> identifiers = new HashSet<>();
        sagas.find(and(eq(SAGA_TYPE, sagaType.getName()),
                        elemMatch(ASSOCIATIONS, and(eq(KEY, associationValue.getKey()), eq(VALUE, associationValue.getValue())))))
                .projection(new Document(ID, 1))
                .forEach(saga -> identifiers.add(saga.getString(ID)));
        return identifiers;
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document document = sagas.find(eq(ID, sagaIdentifier)).first();
        if (document == null) {
            return null;
        }
        S saga = serializer.deserialize(new SimpleSerializedObject<>(document.getString(SAGA), String.class,
                document.getString(PAYLOAD_TYPE), document.getString(PAYLOAD_REVISION)));
        Set<AssociationValue> associations = document.getList(ASSOCIATIONS, Document.class).stream()
                .map(association -> new AssociationValue(association.getString(KEY), association.getString(VALUE)))
                .collect(Collectors.toSet());
        return new SagaEntry<>(saga, associations);
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        sagas.deleteOne(eq(ID, sagaIdentifier));
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> associationValues) {
        sagas.insertOne(document(sagaType, sagaIdentifier, saga, associationValues));
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga, AssociationValues associationValues) {
        sagas.replaceOne(eq(ID, sagaIdentifier), document(sagaType, sagaIdentifier, saga, associationValues.asSet()));
    }

    private Document document(Class<?> sagaType, String sagaIdentifier, Object saga, Collection<AssociationValue> associations) {
        SerializedObject<String> serialized = serializer.serialize(saga, String.class);
        List<Document> associationDocuments = associations.stream()
                .map(association -> new Document(KEY, association.getKey()).append(VALUE, association.getValue()))
                .toList();
        return new Document(ID, sagaIdentifier)
                .append(SAGA_TYPE, sagaType.getName())
                .append(PAYLOAD_TYPE, serialized.getType().getName())
                .append(PAYLOAD_REVISION, serialized.getType().getRevision())
                .append(SAGA, serialized.getData())
                .append(ASSOCIATIONS, associationDocuments);
    }

    private record SagaEntry<S>(S saga, Set<AssociationValue> associationValues) implements Entry<S> {
    }
}
