package de.sozialraum.planning.needindex.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.sozialraum.planning.indicator.api.IndicatorCategory;
import de.sozialraum.planning.indicator.api.Polarity;
import de.sozialraum.planning.indicator.domain.IndicatorDefinition;
import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;
import de.sozialraum.planning.needindex.query.NeedIndexCalculator.Member;
import de.sozialraum.planning.needindex.query.NeedIndexCalculator.Part;
import org.junit.jupiter.api.Test;

/** Figures checked by hand: values 10, 20, 30 have mean 20 and population standard deviation 8.165. */
class NeedIndexCalculatorTest {

    private static final Part SGB2 = part("sgb2-quote", Polarity.LOWER_IS_BETTER, "2");
    private static final Part KITA = part("kita-quote", Polarity.HIGHER_IS_BETTER, "1");
    private static final List<Member> GROUP = List.of(new Member("a", "Altstadt"), new Member("b", "Lobeda"), new Member("c", "Winzerla"));

    @Test
    void moreOfABadThingAndLessOfAGoodThingMeanMoreNeedWeightedAsDefined() {
        NeedIndexRanking ranking = NeedIndexCalculator.rank("16053", null, 1, "Beschluss", List.of(SGB2, KITA), GROUP, Map.of(
                "sgb2-quote", Map.of("a", reading("10"), "b", reading("30"), "c", reading("20")),
                "kita-quote", Map.of("a", reading("30"), "b", reading("10"), "c", reading("20"))));

        // b: sgb2 z = +1.225 (need +1.225), kita z = −1.225 (need +1.225) → 1.225; a mirrored → −1.225; c average → 0
        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::sozialraumId).containsExactly("b", "c", "a");
        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::score).extracting(BigDecimal::toPlainString)
                .containsExactly("1.225", "0.000", "-1.225");
        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::rank).containsExactly(1, 2, 3);
        NeedIndexRanking.Input kitaOfLobeda = ranking.entries().get(0).inputs().get(1);
        assertThat(kitaOfLobeda.z()).isEqualByComparingTo("-1.225");
        assertThat(kitaOfLobeda.needScore()).isEqualByComparingTo("1.225");
        assertThat(ranking.method().components().get(0).mean()).isEqualByComparingTo("20");
        assertThat(ranking.method().components().get(0).standardDeviation()).isEqualByComparingTo("8.165");
        assertThat(ranking.method().components().get(0).values()).isEqualTo(3);
        assertThat(ranking.method().description()).contains("z-standardisiert");
    }

    @Test
    void weightsDecideWhenIndicatorsDisagree() {
        // a is worst on sgb2 (weight 2), b worst on kita (weight 1): a has more need
        NeedIndexRanking ranking = NeedIndexCalculator.rank("16053", null, 1, "Beschluss", List.of(SGB2, KITA), GROUP, Map.of(
                "sgb2-quote", Map.of("a", reading("30"), "b", reading("20"), "c", reading("10")),
                "kita-quote", Map.of("a", reading("20"), "b", reading("10"), "c", reading("30"))));

        // a: (2 × 1.225 + 1 × 0) / 3 = 0.816; b: (2 × 0 + 1 × 1.225) / 3 = 0.408; c: (2 × −1.225 + 1 × −1.225) / 3 = −1.225
        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::score).extracting(BigDecimal::toPlainString)
                .containsExactly("0.816", "0.408", "-1.225");
    }

    @Test
    void aSozialraumWithoutAValueGetsNoScoreAndComesLastNamingWhatIsMissing() {
        NeedIndexRanking ranking = NeedIndexCalculator.rank("16053", "parent", 2, "Beschluss", List.of(SGB2, KITA), GROUP, Map.of(
                "sgb2-quote", Map.of("a", reading("10"), "b", reading("30"), "c", reading("20")),
                "kita-quote", Map.of("a", reading("30"), "b", reading("10"))));

        NeedIndexRanking.Entry last = ranking.entries().get(2);
        assertThat(last.sozialraumId()).isEqualTo("c");
        assertThat(last.score()).isNull();
        assertThat(last.rank()).isNull();
        assertThat(last.missing()).containsExactly("kita-quote");
        assertThat(ranking.method().components().get(1).values()).isEqualTo(2);
        assertThat(ranking.parentId()).isEqualTo("parent");
        assertThat(ranking.method().version()).isEqualTo(2);
    }

    @Test
    void equalValuesStandardiseToZeroAndShareTheirRank() {
        NeedIndexRanking ranking = NeedIndexCalculator.rank("16053", null, 1, "Beschluss", List.of(SGB2), GROUP, Map.of(
                "sgb2-quote", Map.of("a", reading("12.3"), "b", reading("12.3"), "c", reading("12.3"))));

        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::score).allSatisfy(score -> assertThat(score).isEqualByComparingTo("0"));
        assertThat(ranking.entries()).extracting(NeedIndexRanking.Entry::rank).containsExactly(1, 1, 1);
        assertThat(ranking.method().components().get(0).standardDeviation()).isEqualByComparingTo("0");
    }

    private static Part part(String code, Polarity polarity, String weight) {
        return new Part(new NeedIndexComponent(code, new BigDecimal(weight)),
                new IndicatorDefinition("16053", code, code, "%", polarity, IndicatorCategory.SOCIAL, "Statistik"));
    }

    private static Reading reading(String value) {
        return new Reading("2025", LocalDate.of(2025, 12, 31), new BigDecimal(value));
    }
}
