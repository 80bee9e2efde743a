package de.sozialraum.planning.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Test
    void linesEndWithAnyLineBreakAndAreNumberedFromOne() throws IOException {
        assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly(
                new CsvLines.Line(1, "a", false), new CsvLines.Line(2, "b", false), new CsvLines.Line(3, "c", false),
                new CsvLines.Line(4, "d", false));
    }

    @Test
    void aFinalLineBreakEndsTheLastLineAndBlankLinesCount() throws IOException {
        assertThat(lines("a\n\nb\n", 100)).containsExactly(
                new CsvLines.Line(1, "a", false), new CsvLines.Line(2, "", false), new CsvLines.Line(3, "b", false));
    }

    @Test
    void aTooLongLineKeepsOnlyItsBeginningAndTheNextLineFollows() throws IOException {
        String longLine = "x".repeat(20_000);

        assertThat(lines(longLine + "\r\nok", 10)).containsExactly(new CsvLines.Line(1, "xxxxxxxxxx", true), new CsvLines.Line(2, "ok", false));
    }

    private static List<CsvLines.Line> lines(String text, int maxLength) throws IOException {
        CsvLines lines = new CsvLines(new StringReader(text), maxLength);
        List<CsvLines.Line> all = new ArrayList<>();
        for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }
}
