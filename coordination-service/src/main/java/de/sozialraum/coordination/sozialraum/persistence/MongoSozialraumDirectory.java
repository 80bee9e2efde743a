package de.sozialraum.coordination.sozialraum.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import org.bson.Document;

/** The directory as two small collections, written idempotently (upsert by id). */
public class MongoSozialraumDirectory implements SozialraumDirectory {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> sozialraeume;
    private final MongoCollection<Document> goals;

    public MongoSozialraumDirectory(MongoDatabase database) {
        this.sozialraeume = database.getCollection("known_sozialraeume");
        this.goals = database.getCollection("known_goals");
        goals.createIndex(Indexes.ascending("sozialraumId"));
    }

    public void rememberSozialraum(String sozialraumId, String kommuneKey, String name) {
        sozialraeume.replaceOne(eq("_id", sozialraumId),
                new Document("_id", sozialraumId).append("kommuneKey", kommuneKey).append("name", name), UPSERT);
    }

    public void rememberGoal(String goalId, String sozialraumId, String title) {
        goals.replaceOne(eq("_id", goalId),
                new Document("_id", goalId).append("sozialraumId", sozialraumId).append("title", title), UPSERT);
    }

    @Override
    public Optional<String> kommuneOf(String sozialraumId) {
        return Optional.ofNullable(sozialraeume.find(eq("_id", sozialraumId)).first())
                .map(document -> document.getString("kommuneKey"));
    }

    @Override
    public Set<String> unknownGoals(String sozialraumId, Collection<String> goalIds) {
        Set<String> unknown = new HashSet<>(goalIds);
        if (!unknown.isEmpty()) {
            goals.find(and(eq("sozialraumId", sozialraumId), in("_id", goalIds)))
                    .forEach(document -> unknown.remove(document.getString("_id")));
        }
        return unknown;
    }
}
