package de.sozialraum.planning.needindex.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;

/** The computation of {@link NeedIndexRanking#DESCRIPTION}: pure, so it can be checked by hand and in tests. */
public final class NeedIndexCalculator {

    private static final int SCALE = 3;

    /** A Sozialraum of the comparison group. */
    public record Member(String sozialraumId, String name) {
    }

    /** A component of the method with the indicator it names. */
    public record Part(NeedIndexComponent component, IndicatorDefinition indicator) {
    }

    private NeedIndexCalculator() {
    }

    /**
     * @param latest per indicator code, the latest reading of each member that has one
     */
    public static NeedIndexRanking rank(String kommuneKey, String parentId, int version, String reason, List<Part> parts,
                                        List<Member> group, Map<String, Map<String, Reading>> latest) {
        List<NeedIndexRanking.Component> components = new ArrayList<>();
        List<Statistics> statistics = new ArrayList<>();
        for (Part part : parts) {
            Statistics stats = Statistics.of(latest.getOrDefault(part.indicator().code(), Map.of()), group);
            statistics.add(stats);
            components.add(new NeedIndexRanking.Component(part.indicator().code(), part.indicator().name(), part.indicator().unit(),
                    part.indicator().polarity(), part.component().weight(), stats.count,
                    stats.count == 0 ? null : decimal(stats.mean), stats.count == 0 ? null : decimal(stats.deviation)));
        }
        List<NeedIndexRanking.Entry> unranked = new ArrayList<>();
        for (Member member : group) {
            unranked.add(entry(member, parts, statistics, latest));
        }
        return new NeedIndexRanking(kommuneKey, parentId,
                new NeedIndexRanking.Method(version, reason, NeedIndexRanking.DESCRIPTION, components), ranked(unranked));
    }

    private static NeedIndexRanking.Entry entry(Member member, List<Part> parts, List<Statistics> statistics,
                                                Map<String, Map<String, Reading>> latest) {
        List<NeedIndexRanking.Input> inputs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Reading reading = latest.getOrDefault(part.indicator().code(), Map.of()).get(member.sozialraumId());
            if (reading == null) {
                missing.add(part.indicator().code());
                continue;
            }
            double z = statistics.get(i).z(reading.value().doubleValue());
            double need = part.indicator().polarity() == Polarity.HIGHER_IS_BETTER ? -z : z;
            double weight = part.component().weight().doubleValue();
            weighted += weight * need;
            weights += weight;
            inputs.add(new NeedIndexRanking.Input(part.indicator().code(), reading.period(), reading.value(), decimal(z), decimal(need),
                    part.component().weight()));
        }
        BigDecimal score = missing.isEmpty() && weights > 0 ? decimal(weighted / weights) : null;
        return new NeedIndexRanking.Entry(member.sozialraumId(), member.name(), score, null, inputs, missing);
    }

    /** Highest need first, equal scores share a rank (1, 2, 2, 4); entries without score last, by name. */
    private static List<NeedIndexRanking.Entry> ranked(List<NeedIndexRanking.Entry> entries) {
        List<NeedIndexRanking.Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(NeedIndexRanking.Entry::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(NeedIndexRanking.Entry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<NeedIndexRanking.Entry> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            NeedIndexRanking.Entry entry = sorted.get(i);
            Integer rank = null;
            if (entry.score() != null) {
                NeedIndexRanking.Entry previous = i == 0 ? null : result.get(i - 1);
                rank = previous != null && previous.score() != null && previous.score().compareTo(entry.score()) == 0 ? previous.rank() : i + 1;
            }
            result.add(new NeedIndexRanking.Entry(entry.sozialraumId(), entry.name(), entry.score(), rank, entry.inputs(), entry.missing()));
        }
        return result;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Mean and population standard deviation of the group's values of one indicator. */
    private record Statistics(int count, double mean, double deviation) {

        static Statistics of(Map<String, Reading> readings, List<Member> group) {
            double[] values = group.stream().map(member -> readings.get(member.sozialraumId()))
                    .filter(Objects::nonNull).mapToDouble(reading -> reading.value().doubleValue()).toArray();
            if (values.length == 0) {
                return new Statistics(0, 0, 0);
            }
            double mean = Arrays.stream(values).average().orElse(0);
            double variance = Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum() / values.length;
            double deviation = Math.sqrt(variance);
            // equal values leave a rounding residue, not a spread
            return new Statistics(values.length, mean, deviation < 1e-9 * Math.max(1, Math.abs(mean)) ? 0 : deviation);
        }

        double z(double value) {
            return deviation == 0 ? 0 : (value - mean) / deviation;
        }
    }
}
