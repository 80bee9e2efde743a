package de.sozialraum.planning.participation.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.participation.api.ContributionAnsweredEvent;
import de.sozialraum.planning.participation.api.ContributionReceivedEvent;
import de.sozialraum.planning.participation.api.ParticipationKind;
import de.sozialraum.planning.participation.api.ParticipationRecordedEvent;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Participation formats and their contributions as planning's read model (collections
 * {@code participation_views}, {@code contribution_views}); every write is idempotent.
 */
public class MongoParticipationViews {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> formats;
    private final MongoCollection<Document> contributions;

    public MongoParticipationViews(MongoDatabase database) {
        this.formats = database.getCollection("participation_views");
        this.contributions = database.getCollection("contribution_views");
        formats.createIndex(Indexes.ascending("sozialraumId"));
        contributions.createIndex(Indexes.ascending("sozialraumId", "answered", "_id"));
    }

    void recorded(ParticipationRecordedEvent event) {
        formats.replaceOne(eq("_id", event.participationId()), new Document("_id", event.participationId())
                .append("sozialraumId", event.sozialraumId())
                .append("kind", event.kind().name())
                .append("title", event.title())
                .append("heldOn", event.heldOn().toString())
                .append("participants", event.participants())
                .append("groupsReached", event.groupsReached() == null ? List.of()
                        : event.groupsReached().stream().map(Enum::name).sorted().toList()), UPSERT);
    }

    void received(ContributionReceivedEvent event) {
        contributions.updateOne(eq("_id", event.contributionId()), Updates.combine(
                Updates.set("participationId", event.participationId()),
                Updates.set("sozialraumId", event.sozialraumId()),
                Updates.set("topic", event.topic()),
                Updates.set("text", event.text()),
                Updates.setOnInsert("answered", false)), new UpdateOptions().upsert(true));
    }

    void answered(ContributionAnsweredEvent event) {
        contributions.updateOne(eq("_id", event.contributionId()), Updates.combine(
                Updates.set("answered", true),
                Updates.set("goalId", event.goalId()),
                Updates.set("decisionReference", event.decisionReference()),
                Updates.set("answer", event.note())));
    }

    /**
     * The Sozialraum's formats, the latest first, with their answered and unanswered counts (counted by
     * the database, so a Sozialraum with many contributions costs one small result per format).
     */
    public List<ParticipationView> formatsOf(String sozialraumId) {
        Map<String, Document> counts = new HashMap<>();
        contributions.aggregate(List.of(
                Aggregates.match(eq("sozialraumId", sozialraumId)),
                Aggregates.group("$participationId", Accumulators.sum("total", 1),
                        Accumulators.sum("answered", new Document("$cond", List.of("$answered", 1, 0))))))
                .forEach(count -> counts.put(count.getString("_id"), count));
        return formats.find(eq("sozialraumId", sozialraumId)).into(new ArrayList<>()).stream()
                .map(document -> {
                    Document count = counts.getOrDefault(document.getString("_id"), new Document());
                    long total = count(count, "total");
                    long answered = count(count, "answered");
                    return new ParticipationView(document.getString("_id"), sozialraumId,
                            ParticipationKind.valueOf(document.getString("kind")), document.getString("title"),
                            LocalDate.parse(document.getString("heldOn")), document.getInteger("participants", 0),
                            document.getList("groupsReached", String.class, List.of()).stream().map(TargetGroup::valueOf)
                                    .collect(Collectors.toSet()),
                            total, answered, total - answered);
                })
                .sorted(Comparator.comparing(ParticipationView::heldOn).reversed())
                .toList();
    }

    /**
     * A page of the Sozialraum's contributions in id order, those after {@code after} (a contribution id;
     * from the start if {@code null}); only answered or only unanswered ones if {@code answered} is given.
     * A cursor, not an offset: answering contributions while going through the unanswered ones moves none
     * of the rest past the reader.
     */
    public List<ContributionView> contributionsOf(String sozialraumId, Boolean answered, String after, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq("sozialraumId", sozialraumId)));
        if (answered != null) {
            filters.add(eq("answered", answered));
        }
        if (after != null) {
            filters.add(gt("_id", after));
        }
        return contributions.find(and(filters))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(document -> new ContributionView(document.getString("_id"), document.getString("participationId"),
                        document.getString("topic"), document.getString("text"), document.getBoolean("answered", false),
                        document.getString("goalId"), document.getString("decisionReference"), document.getString("answer")))
                .into(new ArrayList<>());
    }

    private static long count(Document counts, String field) {
        Number value = counts.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
