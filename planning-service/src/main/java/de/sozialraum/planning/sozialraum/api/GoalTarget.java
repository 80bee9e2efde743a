package de.sozialraum.planning.sozialraum.api;

import java.math.BigDecimal;

/**
 * What a goal is measured by: an indicator of the Kommune's catalogue, its value when the goal was set
 * (the baseline) and the value to reach. Whether the target lies above or below the baseline follows
 * the indicator's polarity (fewer households in poverty: below).
 *
 * @param indicatorCode  code of the Kommune's indicator
 * @param baseline       the value the goal starts from
 * @param baselinePeriod the period the baseline was measured in (e.g. {@code 2024}); optional, informative
 * @param targetValue    the value to reach by the goal's due date
 */
public record GoalTarget(String indicatorCode, BigDecimal baseline, String baselinePeriod, BigDecimal targetValue) {

    public GoalTarget {
        indicatorCode = indicatorCode == null ? null : indicatorCode.strip();
        baselinePeriod = baselinePeriod == null || baselinePeriod.isBlank() ? null : baselinePeriod.strip();
    }
}
