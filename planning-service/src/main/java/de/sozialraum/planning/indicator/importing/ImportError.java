package de.sozialraum.planning.indicator.importing;

import java.util.List;

/**
 * What is wrong with one row (or the file) of an import.
 *
 * @param line   the file's line, from 1 (the header)
 * @param column {@code sozialraumId}, {@code indicatorCode}, {@code period}, {@code value}, or {@code null} for the row as a whole
 * @param code   e.g. {@code value-invalid}; the texts are {@code import-error.<code>} in the messages
 * @param value  the field's text as read (at most 100 characters), or {@code null}
 * @param args   what the text needs besides the value, e.g. the line of the first occurrence
 */
public record ImportError(long line, String column, String code, String value, List<String> args) {

    static final int VALUE_MAX = 100;

    public ImportError {
        value = value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX) + "…";
        args = List.copyOf(args);
    }

    static ImportError ofRow(long line, String code, String... args) {
        return new ImportError(line, null, code, null, List.of(args));
    }

    static ImportError of(long line, String column, String code, String value, String... args) {
        return new ImportError(line, column, code, value, List.of(args));
    }
}
