package de.sozialraum.planning.indicator.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.sozialraum.planning.indicator.api.Measurement;
import de.sozialraum.planning.indicator.api.Period;

/**
 * The import format (docs/api.md): UTF-8, an optional byte order mark, a header row naming the
 * columns (German or English, any order, further columns ignored), fields separated by {@code ;} or
 * {@code ,} (whichever the header uses), values with a decimal comma or point and no thousands separator.
 */
final class MeasurementCsv {

    /** The columns an import reads; {@link #key} names them in errors. */
    enum Column {
        SOZIALRAUM("sozialraumId", "sozialraum", "sozialraumid", "sozialraumkennung"),
        INDICATOR("indicatorCode", "indikator", "indicator", "indikatorcode", "indicatorcode", "code"),
        PERIOD("period", "zeitraum", "period", "periode"),
        VALUE("value", "wert", "value", "messwert");

        final String key;
        private final List<String> names;

        Column(String key, String... names) {
            this.key = key;
            this.names = List.of(names);
        }
    }

    /** Where the columns are, and how the file separates its fields. */
    record Header(char delimiter, int width, Map<Column, Integer> positions) {
    }

    /** The header names no usable set of columns; nothing of the file can be read. */
    static final class HeaderException extends Exception {

        private final transient ImportError error;

        HeaderException(String code, String... args) {
            super(code, null, false, false);
            this.error = ImportError.ofRow(1, code, args);
        }

        ImportError error() {
            return error;
        }
    }

    /**
     * A data row as read: the fields that could be read (others {@code null}) and what is wrong with its form.
     */
    record Row(long line, String sozialraumId, String indicatorCode, Period period, BigDecimal value, List<ImportError> errors) {
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private MeasurementCsv() {
    }

    static Header header(String line) throws HeaderException {
        String text = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
        char delimiter = text.indexOf(';') >= 0 ? ';' : ',';
        List<String> names;
        try {
            names = CsvFields.split(text, delimiter);
        } catch (CsvFields.UnbalancedQuoteException e) {
            throw new HeaderException("quote-unbalanced");
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            for (Column column : Column.values()) {
                if (column.names.contains(name) && positions.putIfAbsent(column, index) != null) {
                    throw new HeaderException("header-column-twice", column.key);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!positions.containsKey(column)) {
                missing.add(column.key);
            }
        }
        if (!missing.isEmpty()) {
            throw new HeaderException("header-columns-missing", String.join(", ", missing));
        }
        return new Header(delimiter, names.size(), positions);
    }

    static Row row(CsvLines.Line line, Header header) {
        List<ImportError> errors = new ArrayList<>();
        if (line.tooLong()) {
            errors.add(ImportError.ofRow(line.number(), "line-too-long"));
            return new Row(line.number(), null, null, null, null, errors);
        }
        List<String> fields;
        try {
            fields = CsvFields.split(line.text(), header.delimiter());
        } catch (CsvFields.UnbalancedQuoteException e) {
            errors.add(ImportError.ofRow(line.number(), "quote-unbalanced"));
            return new Row(line.number(), null, null, null, null, errors);
        }
        if (fields.size() != header.width()) {
            errors.add(ImportError.ofRow(line.number(), "column-count", String.valueOf(header.width()), String.valueOf(fields.size())));
            return new Row(line.number(), null, null, null, null, errors);
        }
        String sozialraumId = field(line, fields, header, Column.SOZIALRAUM, errors);
        String code = field(line, fields, header, Column.INDICATOR, errors);
        String periodText = field(line, fields, header, Column.PERIOD, errors);
        String valueText = field(line, fields, header, Column.VALUE, errors);
        Period period = null;
        if (periodText != null && (period = Period.parseOrNull(periodText)) == null) {
            errors.add(ImportError.of(line.number(), Column.PERIOD.key, "period-invalid", periodText));
        }
        BigDecimal value = null;
        if (valueText != null && (value = number(valueText)) == null) {
            errors.add(ImportError.of(line.number(), Column.VALUE.key, "value-invalid", valueText));
        }
        return new Row(line.number(), sozialraumId, code == null ? null : code.toLowerCase(Locale.ROOT), period, value, errors);
    }

    /** A number with at most one decimal separator, comma or point, within the digits a series takes; else {@code null}. */
    static BigDecimal number(String text) {
        String plain = text.strip();
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain.replace(',', '.'));
        return Measurement.isAcceptable(value) ? value : null;
    }

    /** The stripped field; {@code null} with an error if it is empty or was not valid UTF-8. */
    private static String field(CsvLines.Line line, List<String> fields, Header header, Column column, List<ImportError> errors) {
        String value = fields.get(header.positions().get(column)).strip();
        if (value.indexOf(REPLACEMENT) >= 0) {
            errors.add(ImportError.of(line.number(), column.key, "encoding-invalid", value));
            return null;
        }
        if (value.isEmpty()) {
            errors.add(ImportError.of(line.number(), column.key, "field-empty", value));
            return null;
        }
        return value;
    }
}
