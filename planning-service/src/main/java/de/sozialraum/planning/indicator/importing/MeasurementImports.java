package de.sozialraum.planning.indicator.importing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.sozialraum.platform.actor.Actor;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Status and errors of measurement imports: collection {@code measurement_imports} (one document per
 * import; indexes {@code (kommuneKey, receivedAt)} for the list, {@code (status, heartbeatAt)} for
 * finding interrupted ones) and {@code measurement_import_errors} (the stored errors, at most a
 * configured number per import; index {@code (importId, line)}). Operational state, not a projection:
 * the worker writes it; the Kommune's timeline has the outcome.
 */
class MeasurementImports {

    private static final List<String> ACTIVE = ImportStatus.ACTIVE.stream().map(Enum::name).toList();

    private final MongoCollection<Document> imports;
    private final MongoCollection<Document> errors;

    MeasurementImports(MongoDatabase database) {
        this.imports = database.getCollection("measurement_imports");
        this.errors = database.getCollection("measurement_import_errors");
        imports.createIndex(Indexes.ascending("kommuneKey", "receivedAt"));
        imports.createIndex(Indexes.ascending("status", "heartbeatAt"));
        errors.createIndex(Indexes.ascending("importId", "line"));
    }

    void received(ImportRun run, String owner, Instant now) {
        Actor actor = run.startedBy;
        imports.insertOne(new Document("_id", run.id)
                .append("kommuneKey", run.kommuneKey)
                .append("fileName", run.fileName)
                .append("mode", run.mode.name())
                .append("file", run.file.toString())
                .append("bytes", run.bytes)
                .append("startedBy", new Document("id", actor.id()).append("name", actor.displayName()).append("role", actor.role())
                        .append("department", actor.department()).append("kommune", actor.kommune()))
                .append("owner", owner)
                .append("receivedAt", Date.from(now))
                .append("heartbeatAt", Date.from(now))
                .append("status", ImportStatus.RECEIVED.name())
                .append("progress", 0));
    }

    /** Writes the run's counters; only while the import is active, so a late write never revives a concluded one. */
    void progress(ImportRun run, Instant now) {
        imports.updateOne(and(eq("_id", run.id), Filters.in("status", ACTIVE)), counters(run, now));
    }

    void discard(String importId) {
        imports.deleteOne(eq("_id", importId));
    }

    /** Ends the import with {@code status}, if it is still active; true if this call ended it. */
    boolean finish(ImportRun run, ImportStatus status, String reason, Instant now) {
        run.status = status;
        return imports.updateOne(and(eq("_id", run.id), Filters.in("status", ACTIVE)), Updates.combine(counters(run, now),
                Updates.set("failureReason", reason), Updates.set("finishedAt", Date.from(now)))).getModifiedCount() > 0;
    }

    void storeErrors(String importId, List<ImportError> batch) {
        if (!batch.isEmpty()) {
            errors.insertMany(batch.stream().map(error -> new Document("importId", importId)
                    .append("line", error.line())
                    .append("column", error.column())
                    .append("code", error.code())
                    .append("value", error.value())
                    .append("args", error.args())).toList());
        }
    }

    /** The imports an instance runs or has queued are alive: it says so regularly. */
    void heartbeat(Collection<String> importIds, Instant now) {
        if (!importIds.isEmpty()) {
            imports.updateMany(and(Filters.in("_id", importIds), Filters.in("status", ACTIVE)), Updates.set("heartbeatAt", Date.from(now)));
        }
    }

    /** Active imports whose instance has not shown a sign of life since {@code cutoff}. */
    List<String> stale(Instant cutoff) {
        return imports.find(and(Filters.in("status", ACTIVE), Filters.lt("heartbeatAt", Date.from(cutoff))))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    /** Takes over a stale import, if no other instance took it first; answers it as a run with its last counters. */
    Optional<ImportRun> claim(String importId, String owner, Instant cutoff, Instant now) {
        return Optional.ofNullable(imports.findOneAndUpdate(
                        and(eq("_id", importId), Filters.in("status", ACTIVE), Filters.lt("heartbeatAt", Date.from(cutoff))),
                        Updates.combine(Updates.set("owner", owner), Updates.set("heartbeatAt", Date.from(now))),
                        new FindOneAndUpdateOptions()))
                .map(MeasurementImports::run);
    }

    Optional<Document> find(String importId) {
        return Optional.ofNullable(imports.find(eq("_id", importId)).first());
    }

    boolean isActive(String importId) {
        return imports.countDocuments(and(eq("_id", importId), Filters.in("status", ACTIVE))) > 0;
    }

    Optional<ImportStatusView> view(String importId, int firstErrors, Function<ImportError, String> text) {
        return find(importId).map(document -> view(document, errors(importId, 0, firstErrors, text)));
    }

    /** The Kommune's imports, the latest first, without their errors. */
    List<ImportStatusView> recent(String kommuneKey, int limit) {
        return imports.find(eq("kommuneKey", kommuneKey)).sort(Sorts.descending("receivedAt")).limit(limit)
                .map(document -> view(document, List.of())).into(new ArrayList<>());
    }

    /** Stored errors by line, from the {@code from}-th on. */
    List<ImportStatusView.ErrorView> errors(String importId, int from, int limit, Function<ImportError, String> text) {
        if (limit <= 0) {
            return List.of();
        }
        return errors.find(eq("importId", importId)).sort(Sorts.ascending("importId", "line")).skip(from).limit(limit)
                .map(document -> {
                    ImportError error = new ImportError(document.getLong("line"), document.getString("column"), document.getString("code"),
                            document.getString("value"), document.getList("args", String.class, List.of()));
                    return new ImportStatusView.ErrorView(error.line(), error.column(), error.code(), error.value(), text.apply(error));
                })
                .into(new ArrayList<>());
    }

    void discardErrors(String importId) {
        errors.deleteMany(eq("importId", importId));
    }

    private static Bson counters(ImportRun run, Instant now) {
        return Updates.combine(
                Updates.set("status", run.status.name()),
                Updates.set("progress", run.percent()),
                Updates.set("updatedAt", Date.from(now)),
                Updates.set("bytesRead", run.bytesRead),
                Updates.set("rowsRead", run.rowsRead),
                Updates.set("rowsValid", run.rowsValid),
                Updates.set("rowsInvalid", run.rowsInvalid),
                Updates.set("rowsApplied", run.rowsApplied),
                Updates.set("series", run.series),
                Updates.set("sozialraeume", run.sozialraeume),
                Updates.set("errorCount", run.errors),
                Updates.set("errorCounts", new Document(new TreeMap<String, Object>(run.errorCounts))),
                Updates.set("errorsStored", run.errorsStored));
    }

    /** A run restored from its document, to conclude it with the counters it had reached. */
    private static ImportRun run(Document document) {
        Document person = document.get("startedBy", Document.class);
        ImportRun run = new ImportRun(document.getString("_id"), document.getString("kommuneKey"), document.getString("fileName"),
                ImportMode.valueOf(document.getString("mode")),
                new Actor(person.getString("id"), person.getString("name"), person.getString("role"), person.getString("department"),
                        person.getString("kommune")),
                Path.of(document.getString("file")), number(document, "bytes"));
        run.status = ImportStatus.valueOf(document.getString("status"));
        run.rowsRead = number(document, "rowsRead");
        run.rowsValid = number(document, "rowsValid");
        run.rowsInvalid = number(document, "rowsInvalid");
        run.rowsApplied = number(document, "rowsApplied");
        run.series = number(document, "series");
        run.sozialraeume = number(document, "sozialraeume");
        run.errors = number(document, "errorCount");
        run.errorsStored = number(document, "errorsStored");
        Document counts = document.get("errorCounts", Document.class);
        if (counts != null) {
            counts.forEach((code, count) -> run.errorCounts.put(code, ((Number) count).longValue()));
        }
        return run;
    }

    private static ImportStatusView view(Document document, List<ImportStatusView.ErrorView> firstErrors) {
        Document person = document.get("startedBy", Document.class);
        Document counts = document.get("errorCounts", Document.class);
        Map<String, Long> errorCounts = new TreeMap<>();
        if (counts != null) {
            counts.forEach((code, count) -> errorCounts.put(code, ((Number) count).longValue()));
        }
        Date finished = document.getDate("finishedAt");
        return new ImportStatusView(document.getString("_id"), document.getString("kommuneKey"), document.getString("fileName"),
                ImportMode.valueOf(document.getString("mode")), ImportStatus.valueOf(document.getString("status")),
                document.getInteger("progress", 0), new ImportStatusView.Person(person.getString("id"), person.getString("name")),
                document.getDate("receivedAt").toInstant(), finished == null ? null : finished.toInstant(), number(document, "bytes"),
                number(document, "rowsRead"), number(document, "rowsValid"), number(document, "rowsInvalid"),
                number(document, "rowsApplied"), number(document, "series"), number(document, "sozialraeume"),
                number(document, "errorCount"), errorCounts, number(document, "errorsStored"), document.getString("failureReason"),
                firstErrors);
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
