package de.sozialraum.planning.sozialraum.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.sozialraum.api.GoalTarget;

/**
 * How far a measured goal has come, from the latest measurement of its indicator in its Sozialraum:
 * {@code percent = (current − baseline) / (target − baseline) × 100}. The sign of {@code target − baseline}
 * carries the indicator's direction (a goal on a lower-is-better indicator has its target below the
 * baseline), so a fall of a poverty rate counts as progress and a rise as going backwards. Not clamped:
 * below 0 is worse than at the start, above 100 beyond the target.
 *
 * @param state   {@code NO_DATA} (nothing measured yet), {@code WORSENED} (worse than the baseline),
 *                {@code IN_PROGRESS}, {@code REACHED} (target reached or passed)
 * @param percent one decimal, half up; absent without data
 * @param current the measurement it is computed from; absent without data
 */
public record GoalProgress(String indicator, BigDecimal baseline, BigDecimal targetValue, Reading current, BigDecimal percent,
                           String state) {

    public static GoalProgress of(GoalTarget target, Optional<Reading> latest) {
        if (latest.isEmpty()) {
            return new GoalProgress(target.indicatorCode(), target.baseline(), target.targetValue(), null, null, "NO_DATA");
        }
        Reading current = latest.get();
        BigDecimal gained = current.value().subtract(target.baseline());
        BigDecimal needed = target.targetValue().subtract(target.baseline());
        BigDecimal percent = gained.multiply(BigDecimal.valueOf(100)).divide(needed, 1, RoundingMode.HALF_UP);
        // judged on the exact values: 99.96 % is not reached, although it shows as 100.0
        int direction = needed.signum();
        String state = gained.signum() * direction < 0 ? "WORSENED"
                : current.value().subtract(target.targetValue()).signum() * direction >= 0 ? "REACHED" : "IN_PROGRESS";
        return new GoalProgress(target.indicatorCode(), target.baseline(), target.targetValue(), current, percent, state);
    }
}
