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
        BigDecimal percent = current.value().subtract(target.baseline())
                .multiply(BigDecimal.valueOf(100))
                .divide(target.targetValue().subtract(target.baseline()), 1, RoundingMode.HALF_UP);
        String state = percent.signum() < 0 ? "WORSENED" : percent.compareTo(BigDecimal.valueOf(100)) >= 0 ? "REACHED" : "IN_PROGRESS";
        return new GoalProgress(target.indicatorCode(), target.baseline(), target.targetValue(), current, percent, state);
    }
}
