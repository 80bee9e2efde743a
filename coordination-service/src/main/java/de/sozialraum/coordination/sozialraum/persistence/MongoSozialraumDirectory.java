package de.sozialraum.coordination.sozialraum.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.coordination.sozialraum.domain.SozialraumDirectory;
import org.bson.Document;

/** The directory as two small collections, written idempotently (upsert by id). */
public class MongoSozialraumDirectory implements SozialraumDirectory {

    private static final UpdateOptions UPSERT_UPDATE = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> sozialraeume;
    private final MongoCollection<Document> goals;

    public MongoSozialraumDirectory(MongoDatabase database) {
        this.sozialraeume = database.getCollection("known_sozialraeume");
        this.goals = database.getCollection("known_goals");
        goals.createIndex(Indexes.ascending("sozialraumId"));
    }

    /** Inserts once, never replaces: a redelivered registration must not undo a later rename or retirement. */
    public void rememberSozialraum(String sozialraumId, String kommuneKey, String name) {
        sozialraeume.updateOne(eq("_id", sozialraumId),
                Updates.combine(Updates.setOnInsert("kommuneKey", kommuneKey), Updates.setOnInsert("name", name)), UPSERT_UPDATE);
    }

    public void rememberRenamed(String sozialraumId, String name) {
        sozialraeume.updateOne(eq("_id", sozialraumId), Updates.set("name", name));
    }

    public void rememberRetired(String sozialraumId) {
        sozialraeume.updateOne(eq("_id", sozialraumId), Updates.set("retired", true));
    }

    /** Inserts once, never replaces: a redelivered goal must not reopen a closed one. */
    public void rememberGoal(String goalId, String sozialraumId, String title) {
        goals.updateOne(eq("_id", goalId),
                Updates.combine(Updates.setOnInsert("sozialraumId", sozialraumId), Updates.setOnInsert("title", title)), UPSERT_UPDATE);
    }

    public void rememberGoalRevised(String goalId, String title) {
        goals.updateOne(eq("_id", goalId), Updates.set("title", title));
    }

    public void rememberGoalClosed(String goalId) {
        goals.updateOne(eq("_id", goalId), Updates.set("closed", true));
    }

    @Override
    public Optional<String> kommuneOf(String sozialraumId) {
        return Optional.ofNullable(sozialraeume.find(eq("_id", sozialraumId)).first())
                .map(document -> document.getString("kommuneKey"));
    }

    @Override
    public boolean isRetired(String sozialraumId) {
        Document document = sozialraeume.find(eq("_id", sozialraumId)).first();
        return document != null && Boolean.TRUE.equals(document.getBoolean("retired"));
    }

    @Override
    public Set<String> closedGoals(String sozialraumId, Collection<String> goalIds) {
        Set<String> closed = new HashSet<>();
        if (!goalIds.isEmpty()) {
            goals.find(and(eq("sozialraumId", sozialraumId), in("_id", goalIds), eq("closed", true)))
                    .forEach(document -> closed.add(document.getString("_id")));
        }
        return closed;
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

    /** The current names of these Sozialräume, by id (as planning last published them); unknown ids are left out. */
    public Map<String, String> names(Collection<String> sozialraumIds) {
        Map<String, String> names = new HashMap<>();
        if (!sozialraumIds.isEmpty()) {
            sozialraeume.find(in("_id", sozialraumIds)).projection(Projections.include("name"))
                    .forEach(document -> names.put(document.getString("_id"), document.getString("name")));
        }
        return names;
    }
}
