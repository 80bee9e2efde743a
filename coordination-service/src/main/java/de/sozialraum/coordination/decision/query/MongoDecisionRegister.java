package de.sozialraum.coordination.decision.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.coordination.decision.api.ImplementationState;
import de.sozialraum.coordination.decision.api.MandatedAssignment;
import de.sozialraum.coordination.decision.api.ReferenceKind;
import de.sozialraum.coordination.decision.api.Votes;
import de.sozialraum.coordination.decision.query.DecisionView.ActorView;
import de.sozialraum.platform.actor.Actor;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The decision register as three collections — {@code decision_register} (one document per decision, its
 * current content), {@code decision_versions} (one per version) and {@code decision_mandates} (one per mandated
 * assignment) — each written by id and idempotently: a redelivered event changes nothing.
 * <p>
 * A mandate's document is made from {@code DecisionRecorded} and then followed by its assignment's events,
 * which come from another aggregate: the processor must see them in the store's order, i.e. run in one
 * segment (Axon's default for a tracking processor; do not split {@code decision-register}).
 */
public class MongoDecisionRegister {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> decisions;
    private final MongoCollection<Document> versions;
    private final MongoCollection<Document> mandates;

    public MongoDecisionRegister(MongoDatabase database) {
        this.decisions = database.getCollection("decision_register");
        this.versions = database.getCollection("decision_versions");
        this.mandates = database.getCollection("decision_mandates");
        decisions.createIndex(Indexes.compoundIndex(Indexes.ascending("kommuneKey"), Indexes.descending("decidedOn", "recordedAt")));
        versions.createIndex(Indexes.ascending("decisionId", "version"));
        mandates.createIndex(Indexes.ascending("decisionId", "position"));
    }

    /** Inserted once: a redelivered recording must not undo a later amendment or revocation. */
    void recorded(String decisionId, String kommuneKey, String sozialraumId, DecisionBody body, String bodyName, LocalDate decidedOn,
                  String subject, boolean mandated, Instant at) {
        decisions.updateOne(eq("_id", decisionId), Updates.combine(
                Updates.setOnInsert("kommuneKey", kommuneKey),
                Updates.setOnInsert("sozialraumId", sozialraumId),
                Updates.setOnInsert("body", body.name()),
                Updates.setOnInsert("bodyName", bodyName),
                Updates.setOnInsert("decidedOn", decidedOn.toString()),
                Updates.setOnInsert("subject", subject),
                Updates.setOnInsert("status", DecisionStatus.IN_FORCE.name()),
                Updates.setOnInsert("version", 1),
                Updates.setOnInsert("implementation", (mandated ? ImplementationState.OPEN : ImplementationState.NONE).name()),
                Updates.setOnInsert("recordedAt", Date.from(at))), UPSERT);
    }

    void version(String decisionId, int version, LocalDate decidedOn, String subject, String rationale, Votes votes,
                 List<DecisionReference> references, List<String> changed, String reason, Instant at, Actor actor) {
        versions.replaceOne(eq("_id", decisionId + "/" + version), new Document("_id", decisionId + "/" + version)
                .append("decisionId", decisionId)
                .append("version", version)
                .append("decidedOn", decidedOn.toString())
                .append("subject", subject)
                .append("rationale", rationale)
                .append("votes", votes == null ? null : new Document("yes", votes.yes()).append("no", votes.no())
                        .append("abstentions", votes.abstentions()))
                .append("references", references.stream().map(reference -> new Document("kind", reference.kind().name())
                        .append("id", reference.id()).append("sozialraumId", reference.sozialraumId())).toList())
                .append("changed", changed)
                .append("reason", reason)
                .append("at", Date.from(at))
                .append("by", actor(actor)), new ReplaceOptions().upsert(true));
        if (version > 1) {
            decisions.updateOne(and(eq("_id", decisionId), lt("version", version)), Updates.combine(
                    Updates.set("version", version), Updates.set("decidedOn", decidedOn.toString()), Updates.set("subject", subject)));
        }
    }

    void revoked(String decisionId, String reason, Instant at, Actor actor) {
        decisions.updateOne(eq("_id", decisionId), Updates.combine(Updates.set("status", DecisionStatus.REVOKED.name()),
                Updates.set("revocation", new Document("reason", reason).append("at", Date.from(at)).append("by", actor(actor)))));
    }

    /** {@code conclusive}: for a partial outcome, whether it is final (no declined mandate left); otherwise null. */
    void implementation(String decisionId, ImplementationState state, Boolean conclusive) {
        decisions.updateOne(eq("_id", decisionId), Updates.combine(Updates.set("implementation", state.name()),
                Updates.set("conclusive", conclusive)));
    }

    /**
     * A mandate was handed on again (a declined one reassigned): a provisional partial outcome of its decision
     * is open again until the saga records the next one.
     */
    void reopened(String assignmentId) {
        Document mandate = mandates.find(eq("_id", assignmentId)).projection(new Document("decisionId", 1)).first();
        if (mandate != null) {
            decisions.updateOne(and(eq("_id", mandate.getString("decisionId")),
                            eq("implementation", ImplementationState.PARTIALLY_IMPLEMENTED.name()), eq("conclusive", false)),
                    Updates.combine(Updates.set("implementation", ImplementationState.OPEN.name()), Updates.set("conclusive", null)));
        }
    }

    void mandated(String decisionId, int position, MandatedAssignment mandate) {
        mandates.updateOne(eq("_id", mandate.assignmentId()), Updates.combine(
                Updates.setOnInsert("decisionId", decisionId),
                Updates.setOnInsert("position", position),
                Updates.setOnInsert("sozialraumId", mandate.sozialraumId()),
                Updates.setOnInsert("department", mandate.department()),
                Updates.setOnInsert("title", mandate.title()),
                Updates.setOnInsert("dueDate", mandate.dueDate().toString()),
                Updates.setOnInsert("priority", mandate.priority().name()),
                Updates.setOnInsert("status", "PENDING")), UPSERT);
    }

    /** The assignment of a mandate moved on; assignments no decision mandated are not in the collection, and stay out. */
    void assignment(String assignmentId, String status, String department, LocalDate dueDate) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("status", status)));
        Optional.ofNullable(department).ifPresent(value -> changes.add(Updates.set("department", value)));
        Optional.ofNullable(dueDate).ifPresent(value -> changes.add(Updates.set("dueDate", value.toString())));
        mandates.updateOne(eq("_id", assignmentId), Updates.combine(changes));
    }

    void notIssued(String assignmentId, String problemCode) {
        mandates.updateOne(eq("_id", assignmentId), Updates.combine(Updates.set("status", "NOT_ISSUED"),
                Updates.set("problemCode", problemCode)));
    }

    /** A page of the Kommune's decisions, the latest decision date first, filtered by what is given. */
    public List<DecisionView> page(String kommuneKey, String sozialraumId, DecisionBody body, DecisionStatus status, int from, int limit) {
        return decisions.find(filter(kommuneKey, sozialraumId, body, status))
                .sort(Sorts.descending("decidedOn", "recordedAt", "_id"))
                .skip(from)
                .limit(limit)
                .map(document -> view(document, null, null))
                .into(new ArrayList<>());
    }

    public long count(String kommuneKey, String sozialraumId, DecisionBody body, DecisionStatus status) {
        return decisions.countDocuments(filter(kommuneKey, sozialraumId, body, status));
    }

    /** One decision with all its versions (oldest first) and mandates (in the decision's order). */
    public Optional<DecisionView> find(String decisionId) {
        return Optional.ofNullable(decisions.find(eq("_id", decisionId)).first()).map(document -> view(document,
                versions.find(eq("decisionId", decisionId)).sort(Sorts.ascending("version")).map(MongoDecisionRegister::version)
                        .into(new ArrayList<>()),
                mandates.find(eq("decisionId", decisionId)).sort(Sorts.ascending("position")).map(MongoDecisionRegister::mandate)
                        .into(new ArrayList<>())));
    }

    private static Bson filter(String kommuneKey, String sozialraumId, DecisionBody body, DecisionStatus status) {
        List<Bson> filters = new ArrayList<>(List.of(eq("kommuneKey", kommuneKey)));
        Optional.ofNullable(sozialraumId).ifPresent(value -> filters.add(eq("sozialraumId", value)));
        Optional.ofNullable(body).ifPresent(value -> filters.add(eq("body", value.name())));
        Optional.ofNullable(status).ifPresent(value -> filters.add(eq("status", value.name())));
        return and(filters);
    }

    private static DecisionView view(Document document, List<DecisionView.Version> versions, List<DecisionView.MandateView> mandates) {
        Document revocation = document.get("revocation", Document.class);
        return new DecisionView(document.getString("_id"), document.getString("kommuneKey"), document.getString("sozialraumId"),
                DecisionBody.valueOf(document.getString("body")), document.getString("bodyName"),
                LocalDate.parse(document.getString("decidedOn")), document.getString("subject"),
                DecisionStatus.valueOf(document.getString("status")), document.getInteger("version", 1),
                ImplementationState.valueOf(document.getString("implementation")), document.getBoolean("conclusive"),
                document.getDate("recordedAt").toInstant(),
                revocation == null ? null : new DecisionView.Revocation(revocation.getString("reason"),
                        revocation.getDate("at").toInstant(), actor(revocation.get("by", Document.class))),
                versions, mandates);
    }

    private static DecisionView.Version version(Document document) {
        Document votes = document.get("votes", Document.class);
        return new DecisionView.Version(document.getInteger("version"), LocalDate.parse(document.getString("decidedOn")),
                document.getString("subject"), document.getString("rationale"),
                votes == null ? null : new Votes(votes.getInteger("yes"), votes.getInteger("no"), votes.getInteger("abstentions")),
                document.getList("references", Document.class, List.of()).stream()
                        .map(reference -> new DecisionReference(ReferenceKind.valueOf(reference.getString("kind")), reference.getString("id"),
                                reference.getString("sozialraumId")))
                        .toList(),
                document.getList("changed", String.class, List.of()), document.getString("reason"),
                document.getDate("at").toInstant(), actor(document.get("by", Document.class)));
    }

    private static DecisionView.MandateView mandate(Document document) {
        return new DecisionView.MandateView(document.getString("_id"), document.getString("sozialraumId"),
                document.getString("department"), document.getString("title"), LocalDate.parse(document.getString("dueDate")),
                document.getString("priority"), document.getString("status"), document.getString("problemCode"));
    }

    private static Document actor(Actor actor) {
        return actor == null ? null : new Document("id", actor.id()).append("name", actor.displayName()).append("role", actor.role());
    }

    private static ActorView actor(Document document) {
        return document == null ? null : new ActorView(document.getString("id"), document.getString("name"), document.getString("role"));
    }
}
