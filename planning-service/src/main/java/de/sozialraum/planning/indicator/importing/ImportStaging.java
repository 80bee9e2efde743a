package de.sozialraum.planning.indicator.importing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.indicator.api.Period;
import de.sozialraum.platform.mongo.DuplicateKeys;
import org.bson.Document;

/**
 * The rows of running imports (collection {@code measurement_import_rows}), so that an import of
 * 100,000 rows never holds them in memory. The {@code _id} is import, series and period: a second row
 * for the same period is refused by the unique {@code _id} index, which is how duplicates within a
 * file are found. Index {@code (importId, series, periodEnd)} returns an import's rows grouped by
 * series, oldest first — streamed with a cursor, never loaded as a whole. Rows leave when the import ends.
 */
class ImportStaging {

    /** A row the staging refused because the file has that period for that series already, at {@code firstLine}. */
    record Duplicate(StagedRow row, long firstLine) {
    }

    private final MongoCollection<Document> rows;
    private final int cursorBatch;

    ImportStaging(MongoDatabase database, int cursorBatch) {
        this.rows = database.getCollection("measurement_import_rows");
        this.cursorBatch = cursorBatch;
        rows.createIndex(Indexes.ascending("importId", "series", "periodEnd"));
    }

    /** Stages the rows; answers those whose period the file has for that series already. */
    List<Duplicate> stage(List<StagedRow> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            rows.insertMany(batch.stream().map(ImportStaging::document).toList(), new InsertManyOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<StagedRow> duplicates = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (!DuplicateKeys.isDuplicateKey(error)) {
                    throw e;
                }
                duplicates.add(batch.get(error.getIndex()));
            }
            Map<String, Long> firstLines = new HashMap<>();
            rows.find(Filters.in("_id", duplicates.stream().map(StagedRow::id).distinct().toList()))
                    .projection(Projections.include("line"))
                    .forEach(document -> firstLines.put(document.getString("_id"), document.getLong("line")));
            return duplicates.stream().map(row -> new Duplicate(row, firstLines.getOrDefault(row.id(), 0L))).toList();
        }
    }

    /** Marks staged rows that must not be applied (their period is in the file twice, or a later check refused them). */
    void exclude(Collection<String> ids) {
        if (!ids.isEmpty()) {
            rows.updateMany(Filters.in("_id", ids), Updates.set("excluded", true));
        }
    }

    /** Every staged row of the import (excluded ones too), grouped by series, oldest period first. */
    void forEachInSeriesOrder(String importId, Consumer<Staged> action) {
        rows.find(eq("importId", importId))
                .sort(Sorts.ascending("importId", "series", "periodEnd"))
                .batchSize(cursorBatch)
                .forEach(document -> action.accept(new Staged(row(document), document.getBoolean("excluded", false))));
    }

    /** A staged row and whether it is excluded. */
    record Staged(StagedRow row, boolean excluded) {
    }

    long countApplicable(String importId) {
        return rows.countDocuments(and(eq("importId", importId), Filters.ne("excluded", true)));
    }

    void discard(String importId) {
        rows.deleteMany(eq("importId", importId));
    }

    private static Document document(StagedRow row) {
        return new Document("_id", row.id())
                .append("importId", row.importId())
                .append("series", row.series())
                .append("sozialraumId", row.sozialraumId())
                .append("indicatorCode", row.indicatorCode())
                .append("period", row.period().value())
                .append("periodEnd", row.period().end().toString())
                .append("value", row.value().toPlainString())
                .append("line", row.line());
    }

    private static StagedRow row(Document document) {
        return new StagedRow(document.getString("importId"), document.getLong("line"), document.getString("sozialraumId"),
                document.getString("indicatorCode"), new Period(document.getString("period")), new BigDecimal(document.getString("value")));
    }
}
