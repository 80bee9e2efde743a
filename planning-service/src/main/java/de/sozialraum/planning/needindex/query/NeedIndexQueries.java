package de.sozialraum.planning.needindex.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.indicator.query.MeasurementReadings;
import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.needindex.query.NeedIndexCalculator.Member;
import de.sozialraum.planning.needindex.query.NeedIndexCalculator.Part;
import de.sozialraum.planning.sozialraum.query.MongoSozialraumViews;
import de.sozialraum.planning.sozialraum.query.SozialraumView;

/**
 * Need indexes as the API shows them: the ranking of one comparison group, or every active Sozialraum's
 * score within its group for the tree. Computed on reading from the latest measurements, so they are
 * never stale; the cost is one query per indicator of the method, however many groups there are.
 */
public class NeedIndexQueries {

    /** A Sozialraum's place among its siblings, as the tree shows it. */
    public record Score(BigDecimal score, Integer rank, int groupSize, int version) {
    }

    private final MongoNeedIndexMethods methods;
    private final MongoSozialraumViews sozialraeume;
    private final IndicatorCatalogue indicators;
    private final MeasurementReadings readings;

    public NeedIndexQueries(MongoNeedIndexMethods methods, MongoSozialraumViews sozialraeume, IndicatorCatalogue indicators,
                            MeasurementReadings readings) {
        this.methods = methods;
        this.sozialraeume = sozialraeume;
        this.indicators = indicators;
        this.readings = readings;
    }

    /** The ranking of the active Sozialräume directly under {@code parentId} (top level: {@code null}); empty without a method. */
    public Optional<NeedIndexRanking> ranking(String kommuneKey, String parentId) {
        return methods.current(kommuneKey).map(method -> {
            List<Member> group = groups(sozialraeume.tree(kommuneKey)).getOrDefault(parentId, List.of());
            List<Part> parts = parts(method);
            return NeedIndexCalculator.rank(kommuneKey, parentId, method.version(), method.reason(), parts, group, latest(parts, group));
        });
    }

    /** Each active Sozialraum's score among its siblings; empty without a method. */
    public Map<String, Score> scores(String kommuneKey, List<SozialraumView> tree) {
        Optional<MongoNeedIndexMethods.Defined> method = methods.current(kommuneKey);
        if (method.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Member>> groups = groups(tree);
        List<Part> parts = parts(method.get());
        Map<String, Map<String, Reading>> latest = latest(parts, groups.values().stream().flatMap(List::stream).toList());
        Map<String, Score> scores = new HashMap<>();
        groups.forEach((parentId, group) -> NeedIndexCalculator.rank(kommuneKey, parentId, method.get().version(), method.get().reason(),
                        parts, group, latest).entries()
                .forEach(entry -> scores.put(entry.sozialraumId(),
                        new Score(entry.score(), entry.rank(), group.size(), method.get().version()))));
        return scores;
    }

    /**
     * The method's components with their indicators. One the catalogue view does not show (yet — e.g. while
     * it is rebuilt) counts as measured nowhere: no Sozialraum gets a score, and the method names it.
     */
    private List<Part> parts(MongoNeedIndexMethods.Defined method) {
        return method.components().stream()
                .map(component -> new Part(component, indicators.find(method.kommuneKey(), component.indicatorCode())
                        .orElseGet(() -> new IndicatorDefinition(method.kommuneKey(), component.indicatorCode(), null, null, null, null, null))))
                .toList();
    }

    /** Per indicator, the latest reading of each member that has one: one query per indicator. */
    private Map<String, Map<String, Reading>> latest(List<Part> parts, List<Member> members) {
        List<String> ids = members.stream().map(Member::sozialraumId).toList();
        Map<String, Map<String, Reading>> latest = new HashMap<>();
        for (Part part : parts) {
            boolean known = part.indicator().polarity() != null;
            latest.put(part.indicator().code(), ids.isEmpty() || !known ? Map.of() : readings.latest(ids, part.indicator().code()));
        }
        return latest;
    }

    /** The comparison groups: active Sozialräume by parent (top level under {@code null}). */
    private static Map<String, List<Member>> groups(List<SozialraumView> tree) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        collect(tree, null, groups);
        return groups;
    }

    private static void collect(List<SozialraumView> level, String parentId, Map<String, List<Member>> groups) {
        List<Member> members = new ArrayList<>();
        for (SozialraumView view : level) {
            if (SozialraumView.ACTIVE.equals(view.status())) {
                members.add(new Member(view.id(), view.name()));
            }
            collect(view.children() == null ? List.of() : view.children(), view.id(), groups);
        }
        if (!members.isEmpty()) {
            groups.put(parentId, members);
        }
    }
}
