package de.sozialraum.planning.indicator.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.MeasuredValue;
import de.sozialraum.planning.indicator.api.MeasurementRecordedEvent;
import de.sozialraum.planning.indicator.api.MeasurementsImportedEvent;
import org.bson.Document;

/**
 * Recorded measurements as planning's read model, fed by {@link MeasurementProjection}:
 * <ul>
 *   <li>{@code measurement_views}: one document per value, {@code _id} = {@code <sozialraumId>/<code>/<period>},
 *       index {@code (sozialraumId, indicatorCode, periodEnd)} for a series in order;</li>
 *   <li>{@code measurement_series_views}: one document per series with its latest value,
 *       {@code _id} = {@code <sozialraumId>/<code>}, index {@code (indicatorCode, sozialraumId)} for the latest
 *       values of many Sozialräume at once.</li>
 * </ul>
 * Values are stored as decimal strings, exactly as recorded. Every write is idempotent: values are
 * replaced by id, the latest value only moves to a later Stichtag.
 */
public class MongoMeasurementViews implements MeasurementReadings {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> values;
    private final MongoCollection<Document> series;

    public MongoMeasurementViews(MongoDatabase database) {
        this.values = database.getCollection("measurement_views");
        this.series = database.getCollection("measurement_series_views");
        values.createIndex(Indexes.ascending("sozialraumId", "indicatorCode", "periodEnd"));
        series.createIndex(Indexes.ascending("indicatorCode", "sozialraumId"));
    }

    void recorded(MeasurementRecordedEvent event) {
        MeasuredValue value = new MeasuredValue(event.period(), event.periodEnd(), event.value());
        values.replaceOne(eq("_id", valueId(event.sozialraumId(), event.indicatorCode(), event.period())),
                document(event.sozialraumId(), event.kommuneKey(), event.indicatorCode(), value, null), UPSERT);
        latest(event.sozialraumId(), event.kommuneKey(), event.indicatorCode(), value);
    }

    void imported(MeasurementsImportedEvent event) {
        if (event.values().isEmpty()) {
            return;
        }
        values.bulkWrite(event.values().stream()
                .map(value -> new ReplaceOneModel<>(eq("_id", valueId(event.sozialraumId(), event.indicatorCode(), value.period())),
                        document(event.sozialraumId(), event.kommuneKey(), event.indicatorCode(), value, event.importId()), UPSERT))
                .toList(), new BulkWriteOptions().ordered(false));
        MeasuredValue last = event.values().stream().max((a, b) -> a.periodEnd().compareTo(b.periodEnd())).orElseThrow();
        latest(event.sozialraumId(), event.kommuneKey(), event.indicatorCode(), last);
    }

    /** The series document exists once; its latest value is only replaced by one of a later Stichtag. */
    private void latest(String sozialraumId, String kommuneKey, String code, MeasuredValue value) {
        String id = IndicatorIds.series(sozialraumId, code);
        series.updateOne(eq("_id", id), Updates.combine(
                Updates.setOnInsert("sozialraumId", sozialraumId),
                Updates.setOnInsert("kommuneKey", kommuneKey),
                Updates.setOnInsert("indicatorCode", code),
                Updates.setOnInsert("latestPeriodEnd", "")), new UpdateOptions().upsert(true));
        series.updateOne(and(eq("_id", id), Filters.lt("latestPeriodEnd", value.periodEnd().toString())), Updates.combine(
                Updates.set("latestPeriod", value.period()),
                Updates.set("latestPeriodEnd", value.periodEnd().toString()),
                Updates.set("latestValue", value.value().toPlainString())));
    }

    @Override
    public List<Reading> series(String sozialraumId, String indicatorCode) {
        return values(sozialraumId, indicatorCode).stream().map(view -> new Reading(view.period(), view.periodEnd(), view.value())).toList();
    }

    /** The series with where each value came from, oldest period first. */
    public List<MeasurementView> values(String sozialraumId, String indicatorCode) {
        return values.find(and(eq("sozialraumId", sozialraumId), eq("indicatorCode", indicatorCode)))
                .sort(Sorts.ascending("periodEnd"))
                .map(document -> new MeasurementView(document.getString("period"), LocalDate.parse(document.getString("periodEnd")),
                        new BigDecimal(document.getString("value")), document.getString("importId")))
                .into(new ArrayList<>());
    }

    @Override
    public Map<String, Reading> latest(Collection<String> sozialraumIds, String indicatorCode) {
        Map<String, Reading> latest = new HashMap<>();
        if (sozialraumIds.isEmpty()) {
            return latest;
        }
        series.find(and(eq("indicatorCode", indicatorCode), Filters.in("sozialraumId", sozialraumIds), Filters.ne("latestPeriodEnd", "")))
                .forEach(document -> latest.put(document.getString("sozialraumId"), new Reading(document.getString("latestPeriod"),
                        LocalDate.parse(document.getString("latestPeriodEnd")), new BigDecimal(document.getString("latestValue")))));
        return latest;
    }

    /** The periods a series has values for, with their values; what an import checks its rows against. */
    public Map<String, BigDecimal> recorded(String sozialraumId, String indicatorCode) {
        Map<String, BigDecimal> recorded = new HashMap<>();
        values.find(and(eq("sozialraumId", sozialraumId), eq("indicatorCode", indicatorCode)))
                .projection(Projections.include("period", "value"))
                .forEach(document -> recorded.put(document.getString("period"), new BigDecimal(document.getString("value"))));
        return recorded;
    }

    private static String valueId(String sozialraumId, String code, String period) {
        return IndicatorIds.series(sozialraumId, code) + "/" + period;
    }

    private static Document document(String sozialraumId, String kommuneKey, String code, MeasuredValue value, String importId) {
        return new Document("sozialraumId", sozialraumId)
                .append("kommuneKey", kommuneKey)
                .append("indicatorCode", code)
                .append("period", value.period())
                .append("periodEnd", value.periodEnd().toString())
                .append("value", value.value().toPlainString())
                .append("importId", importId);
    }
}
