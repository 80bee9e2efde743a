package de.sozialraum.planning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Import files for tests and measurements: every Sozialraum × indicator × month from January 2000,
 * {@code sozialraum;indikator;zeitraum;wert} with decimal commas. A row can be changed on its way out
 * (to plant errors); line numbers count the header as line 1.
 */
public final class MeasurementFiles {

    public static final String HEADER = "sozialraum;indikator;zeitraum;wert";
    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    private MeasurementFiles() {
    }

    /** The rows in file order: series by series, months in order. */
    public static void write(Writer out, List<String> sozialraeume, List<String> codes, int months, RowChange change) throws IOException {
        out.write("\uFEFF" + HEADER + "\r\n");
        long line = 1;
        for (String sozialraum : sozialraeume) {
            for (String code : codes) {
                for (int month = 0; month < months; month++) {
                    line++;
                    String value = (10 + month % 90) + "," + (line % 10);
                    out.write(change.apply(line, sozialraum + ";" + code + ";" + FIRST.plusMonths(month) + ";" + value) + "\r\n");
                }
            }
        }
    }

    public static String text(List<String> sozialraeume, List<String> codes, int months, RowChange change) {
        StringWriter out = new StringWriter();
        try {
            write(out, sozialraeume, codes, months, change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Path file(Path file, List<String> sozialraeume, List<String> codes, int months, RowChange change) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, sozialraeume, codes, months, change);
        }
        return file;
    }

    /** Changes the row of a line, or leaves it. */
    @FunctionalInterface
    public interface RowChange {

        RowChange NONE = (line, row) -> row;

        String apply(long line, String row);

        static RowChange at(long line, UnaryOperator<String> change) {
            return (number, row) -> number == line ? change.apply(row) : row;
        }

        default RowChange and(RowChange next) {
            return (line, row) -> next.apply(line, apply(line, row));
        }
    }
}
