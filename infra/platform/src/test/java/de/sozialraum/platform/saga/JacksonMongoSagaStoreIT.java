package de.sozialraum.platform.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.sozialraum.platform.axon.EventJson;
import de.sozialraum.testsupport.TestStores;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JacksonMongoSagaStoreIT {

    /** Stands in for a real saga's state. */
    public static class Mandate {
        public String decisionId;
        public int open;
    }

    private final MongoClient client = MongoClients.create(TestStores.mongoUri());
    private final JacksonMongoSagaStore store = new JacksonMongoSagaStore(
            client.getDatabase("sagas_" + UUID.randomUUID().toString().substring(0, 8)),
            JacksonSerializer.builder().objectMapper(EventJson.newObjectMapper()).build());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void findsLoadsUpdatesAndDeletesSagasByTheirAssociations() {
        store.ensureIndexes();
        AssociationValue decision = new AssociationValue("decisionId", "d-1");
        AssociationValue assignment = new AssociationValue("assignmentId", "a-1");
        store.insertSaga(Mandate.class, "s-1", mandate("d-1", 2), Set.of(decision));
        store.insertSaga(Mandate.class, "s-2", mandate("d-2", 1), Set.of(new AssociationValue("decisionId", "d-2")));

        assertThat(store.findSagas(Mandate.class, decision)).containsExactly("s-1");
        assertThat(store.findSagas(Object.class, decision)).as("the saga type is part of the look-up").isEmpty();

        AssociationValuesImpl associations = new AssociationValuesImpl(Set.of(decision));
        associations.add(assignment);
        store.updateSaga(Mandate.class, "s-1", mandate("d-1", 1), associations);
        SagaStore.Entry<Mandate> loaded = store.loadSaga(Mandate.class, "s-1");
        assertThat(loaded.saga().open).isEqualTo(1);
        assertThat(loaded.associationValues()).containsExactlyInAnyOrder(decision, assignment);
        assertThat(store.findSagas(Mandate.class, assignment)).containsExactly("s-1");

        store.deleteSaga(Mandate.class, "s-1", loaded.associationValues());
        assertThat(store.loadSaga(Mandate.class, "s-1")).isNull();
        assertThat(store.findSagas(Mandate.class, decision)).isEmpty();
        assertThat(store.findSagas(Mandate.class, new AssociationValue("decisionId", "d-2"))).containsExactly("s-2");
    }

    private static Mandate mandate(String decisionId, int open) {
        Mandate mandate = new Mandate();
        mandate.decisionId = decisionId;
        mandate.open = open;
        return mandate;
    }
}
