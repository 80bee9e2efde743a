package de.sozialraum.planning.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025, 2025, YEAR, 2025-12-31",
            "2025-H1, 2025-H1, HALF_YEAR, 2025-06-30",
            "2025-h2, 2025-H2, HALF_YEAR, 2025-12-31",
            "2025-Q1, 2025-Q1, QUARTER, 2025-03-31",
            "2024-q3, 2024-Q3, QUARTER, 2024-09-30",
            "2024-02, 2024-02, MONTH, 2024-02-29",
            "2025-02, 2025-02, MONTH, 2025-02-28",
            "' 2025-07 ', 2025-07, MONTH, 2025-07-31"})
    void aPeriodKnowsItsKindAndItsStichtag(String text, String normalised, PeriodKind kind, LocalDate end) {
        Period period = new Period(text);

        assertThat(period.value()).isEqualTo(normalised);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025-13", "2025-00", "2025-H3", "2025-Q0", "2025-Q5", "2025-7", "2025/07", "1899", "2101",
            "2025-S1", "2025-07-01", "zweitausend"})
    void anythingElseIsNoPeriod(String text) {
        assertThatThrownBy(() -> new Period(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.parseOrNull(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"12.5, true", "-3, true", "123456789012345, true", "1234567890123456, false", "0.123456, true", "0.1234567, false",
            "1E+20, false", "12.500000000, true"})
    void aValueHasAtMostFifteenDigitsSixOfThemDecimals(BigDecimal value, boolean acceptable) {
        assertThat(Measurement.isAcceptable(value)).isEqualTo(acceptable);
    }
}
