package de.sozialraum.planning.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import de.sozialraum.planning.indicator.api.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementCsvTest {

    @Test
    void theHeaderNamesTheColumnsInGermanOrEnglishInAnyOrderAndFixesTheDelimiter() throws Exception {
        MeasurementCsv.Header german = MeasurementCsv.header("\uFEFFSozialraum;Indikator;Zeitraum;Wert");
        MeasurementCsv.Header english = MeasurementCsv.header("value,period,name,sozialraum_id,Indicator");

        assertThat(german.delimiter()).isEqualTo(';');
        assertThat(german.positions().get(MeasurementCsv.Column.SOZIALRAUM)).isZero();
        assertThat(english.delimiter()).isEqualTo(',');
        assertThat(english.width()).isEqualTo(5);
        assertThat(english.positions().get(MeasurementCsv.Column.VALUE)).isZero();
        assertThat(english.positions().get(MeasurementCsv.Column.SOZIALRAUM)).isEqualTo(3);
    }

    @Test
    void aHeaderWithoutAllColumnsOrWithOneTwiceIsRefused() {
        assertThatThrownBy(() -> MeasurementCsv.header("sozialraum;wert"))
                .isInstanceOfSatisfying(MeasurementCsv.HeaderException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("header-columns-missing");
                    assertThat(e.error().args()).containsExactly("indicatorCode, period");
                });
        assertThatThrownBy(() -> MeasurementCsv.header("sozialraum;indikator;zeitraum;wert;value"))
                .isInstanceOfSatisfying(MeasurementCsv.HeaderException.class, e -> assertThat(e.error().code()).isEqualTo("header-column-twice"));
    }

    @Test
    void aRowIsReadWithDecimalCommaAndTrimmedFields() throws Exception {
        MeasurementCsv.Row row = MeasurementCsv.row(new CsvLines.Line(7, " sr-1 ; SGB2-Quote ;2025-q3; 12,5 ", false),
                MeasurementCsv.header("sozialraum;indikator;zeitraum;wert"));

        assertThat(row.errors()).isEmpty();
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.sozialraumId()).isEqualTo("sr-1");
        assertThat(row.indicatorCode()).isEqualTo("sgb2-quote");
        assertThat(row.period()).isEqualTo(new Period("2025-Q3"));
        assertThat(row.value()).isEqualByComparingTo("12.5");
    }

    @Test
    void everyBadFieldOfARowIsAnErrorOfItsColumn() throws Exception {
        MeasurementCsv.Row row = MeasurementCsv.row(new CsvLines.Line(3, ";sgb2-quote;2025-13;12.5.1", false),
                MeasurementCsv.header("sozialraum;indikator;zeitraum;wert"));

        assertThat(row.errors()).extracting(ImportError::column, ImportError::code).containsExactly(
                tuple("sozialraumId", "field-empty"),
                tuple("period", "period-invalid"),
                tuple("value", "value-invalid"));
    }

    @Test
    void aRowWithAnotherColumnCountOrBrokenQuotesOrBrokenEncodingIsAnError() throws Exception {
        MeasurementCsv.Header header = MeasurementCsv.header("sozialraum,indikator,zeitraum,wert");

        assertThat(MeasurementCsv.row(new CsvLines.Line(2, "sr-1,sgb2-quote,2025,12,5", false), header).errors())
                .extracting(ImportError::code, ImportError::args)
                .containsExactly(tuple("column-count", List.of("4", "5")));
        assertThat(MeasurementCsv.row(new CsvLines.Line(3, "sr-1,\"sgb2,2025,12", false), header).errors())
                .extracting(ImportError::code).containsExactly("quote-unbalanced");
        assertThat(MeasurementCsv.row(new CsvLines.Line(4, "sr-1,kita-quote\uFFFD,2025,12", false), header).errors())
                .extracting(ImportError::column, ImportError::code)
                .containsExactly(tuple("indicatorCode", "encoding-invalid"));
        assertThat(MeasurementCsv.row(new CsvLines.Line(5, "x", true), header).errors()).extracting(ImportError::code)
                .containsExactly("line-too-long");
    }

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "'12,5', 12.5", "'-0,75', -0.75", "+3, 3", "1000000, 1000000", "' 7 ', 7"})
    void numbersHaveOneDecimalCommaOrPoint(String text, BigDecimal value) {
        assertThat(MeasurementCsv.number(text)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.000,5", "1,000.5", "12,5 %", "1e5", ",5", "5,", "1234567890123456", "0,1234567", "NaN"})
    void anythingElseIsNoNumber(String text) {
        assertThat(MeasurementCsv.number(text)).isNull();
    }
}
