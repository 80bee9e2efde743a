package de.sozialraum.planning.sozialraum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import de.sozialraum.planning.indicator.query.MeasurementReadings.Reading;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
import org.junit.jupiter.api.Test;

class GoalProgressTest {

    /** SGB-II-Quote from 20 % down to 15 %: lower is better. */
    private static final GoalTarget FEWER_IN_POVERTY = new GoalTarget("sgb2-quote", new BigDecimal("20"), "2024", new BigDecimal("15"));
    /** Betreuungsquote from 60 % up to 70 %: higher is better. */
    private static final GoalTarget MORE_DAY_CARE = new GoalTarget("kita-quote", new BigDecimal("60"), null, new BigDecimal("70"));

    @Test
    void aFallOfALowerIsBetterIndicatorIsProgress() {
        GoalProgress progress = GoalProgress.of(FEWER_IN_POVERTY, reading("18.5"));

        assertThat(progress.percent()).isEqualByComparingTo("30.0");
        assertThat(progress.state()).isEqualTo("IN_PROGRESS");
        assertThat(progress.current().period()).isEqualTo("2025");
    }

    @Test
    void aRiseOfALowerIsBetterIndicatorIsGoingBackwards() {
        GoalProgress progress = GoalProgress.of(FEWER_IN_POVERTY, reading("21"));

        assertThat(progress.percent()).isEqualByComparingTo("-20.0");
        assertThat(progress.state()).isEqualTo("WORSENED");
    }

    @Test
    void aRiseOfAHigherIsBetterIndicatorIsProgressAndPassingTheTargetReachesIt() {
        assertThat(GoalProgress.of(MORE_DAY_CARE, reading("65")).percent()).isEqualByComparingTo("50.0");
        GoalProgress beyond = GoalProgress.of(MORE_DAY_CARE, reading("72.5"));
        assertThat(beyond.percent()).isEqualByComparingTo("125.0");
        assertThat(beyond.state()).isEqualTo("REACHED");
        assertThat(GoalProgress.of(FEWER_IN_POVERTY, reading("15")).state()).isEqualTo("REACHED");
    }

    @Test
    void thirdsAreRoundedHalfUpToOneDecimal() {
        GoalTarget threeSteps = new GoalTarget("kita-quote", BigDecimal.ZERO, null, new BigDecimal("3"));
        assertThat(GoalProgress.of(threeSteps, reading("2")).percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void theStateIsJudgedOnTheExactValuesNotOnTheRoundedPercent() {
        GoalProgress almost = GoalProgress.of(FEWER_IN_POVERTY, reading("15.002"));
        assertThat(almost.percent()).isEqualByComparingTo("100.0");
        assertThat(almost.state()).isEqualTo("IN_PROGRESS");
        GoalProgress slightlyWorse = GoalProgress.of(FEWER_IN_POVERTY, reading("20.002"));
        assertThat(slightlyWorse.percent()).isEqualByComparingTo("0.0");
        assertThat(slightlyWorse.state()).isEqualTo("WORSENED");
        assertThat(GoalProgress.of(FEWER_IN_POVERTY, reading("20")).state()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void withoutMeasurementsThereIsNoProgressYet() {
        GoalProgress progress = GoalProgress.of(FEWER_IN_POVERTY, Optional.empty());

        assertThat(progress.state()).isEqualTo("NO_DATA");
        assertThat(progress.percent()).isNull();
        assertThat(progress.baseline()).isEqualByComparingTo("20");
        assertThat(progress.targetValue()).isEqualByComparingTo("15");
    }

    private static Optional<Reading> reading(String value) {
        return Optional.of(new Reading("2025", LocalDate.of(2025, 12, 31), new BigDecimal(value)));
    }
}
