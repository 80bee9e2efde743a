package de.sozialraum.planning.needindex.query;

import java.math.BigDecimal;
import java.util.List;

import de.sozialraum.planning.indicator.api.Polarity;

/**
 * A need index over one comparison group (Sozialräume with the same parent), with its method and every
 * input, so the ranking can be checked by hand.
 *
 * @param kommuneKey the Kommune
 * @param parentId   the group's parent; absent for the Kommune's top level
 * @param method     how the index was computed
 * @param entries    highest need first; Sozialräume missing a value come last, without score and rank
 */
public record NeedIndexRanking(String kommuneKey, String parentId, Method method, List<Entry> entries) {

    public static final String DESCRIPTION = "Für jeden Indikator wird der jüngste Messwert jedes Sozialraums der Vergleichsgruppe "
            + "(gleicher übergeordneter Sozialraum) z-standardisiert: z = (Wert − Mittelwert) / Standardabweichung der Gruppe. "
            + "Bei Indikatoren, bei denen höhere Werte besser sind, wird das Vorzeichen umgekehrt, sodass ein höherer Wert "
            + "stets mehr Bedarf bedeutet. Der Bedarfsindex ist das gewichtete Mittel dieser Werte (Summe Gewicht × z / Summe "
            + "der Gewichte). 0 entspricht dem Gruppendurchschnitt, +1 einer Standardabweichung mehr Bedarf. Sozialräume ohne "
            + "Wert für einen Indikator erhalten keinen Index. Der jüngste Wert kann je Sozialraum aus einem anderen Zeitraum "
            + "stammen; der Zeitraum steht bei jedem Eingangswert.";

    /**
     * @param version     the method's version (each on the Kommune's timeline with its reason)
     * @param description the computation in words
     */
    public record Method(int version, String reason, String description, List<Component> components) {
    }

    /**
     * One indicator's part in the index, with the group's statistics it was standardised with.
     *
     * @param values            how many Sozialräume of the group have a value
     * @param mean              the group's mean of those values; absent without values
     * @param standardDeviation population standard deviation; 0 (or one value only) standardises every value to 0
     */
    public record Component(String indicator, String name, String unit, Polarity polarity, BigDecimal weight, int values,
                            BigDecimal mean, BigDecimal standardDeviation) {
    }

    /**
     * One Sozialraum's index.
     *
     * @param score   weighted mean of the need-oriented z-scores, 3 decimals; absent if a value is missing
     * @param rank    1 = highest need; equal scores share a rank
     * @param missing indicators without a value for it
     */
    public record Entry(String sozialraumId, String name, BigDecimal score, Integer rank, List<Input> inputs, List<String> missing) {
    }

    /**
     * @param z         standardised value
     * @param needScore {@code z}, sign reversed where higher is better: what enters the index
     */
    public record Input(String indicator, String period, BigDecimal value, BigDecimal z, BigDecimal needScore, BigDecimal weight) {
    }
}
