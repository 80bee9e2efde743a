package de.sozialraum.planning.indicator.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields (RFC 4180 within a line): a field may be enclosed in double quotes,
 * then it may contain the delimiter, and {@code ""} stands for one quote. Quoted fields do not span lines.
 */
final class CsvFields {

    /** The line's quotes do not pair up. */
    static final class UnbalancedQuoteException extends Exception {

        UnbalancedQuoteException() {
            super("unbalanced quote", null, false, false);
        }
    }

    private CsvFields() {
    }

    static List<String> split(String line, char delimiter) throws UnbalancedQuoteException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                i = afterClosingQuote(line, quoted(line, i + 1, field), delimiter);
            } else {
                field.append(c);
                i++;
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Only blanks may follow a closing quote before the next delimiter. */
    private static int afterClosingQuote(String line, int start, char delimiter) throws UnbalancedQuoteException {
        int i = start;
        while (i < line.length() && line.charAt(i) != delimiter) {
            if (!Character.isWhitespace(line.charAt(i))) {
                throw new UnbalancedQuoteException();
            }
            i++;
        }
        return i;
    }

    /** Reads a quoted field's content from {@code start}; returns the index after its closing quote. */
    private static int quoted(String line, int start, StringBuilder field) throws UnbalancedQuoteException {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i++);
            if (c != '"') {
                field.append(c);
            } else if (i < line.length() && line.charAt(i) == '"') {
                field.append('"');
                i++;
            } else {
                return i;
            }
        }
        throw new UnbalancedQuoteException();
    }
}
