package de.sozialraum.planning.indicator.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, numbered from 1, ended by {@code \n}, {@code \r\n} or {@code \r}. A line
 * longer than the limit is not kept: it comes back marked {@code tooLong} (with its beginning), so a
 * file without line breaks cannot fill the memory.
 */
final class CsvLines {

    record Line(long number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;
    private boolean pendingCarriageReturn;

    CsvLines(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The next line, or {@code null} at the end of the text. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(++number, text.toString(), tooLong) : null;
                }
            }
            char c = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                pendingCarriageReturn = c == '\r';
                return new Line(++number, text.toString(), tooLong);
            }
            any = true;
            if (text.length() < maxLength) {
                text.append(c);
            } else {
                tooLong = true;
            }
        }
    }
}
