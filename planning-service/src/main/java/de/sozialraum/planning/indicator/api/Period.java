package de.sozialraum.planning.indicator.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a value was measured for (Zeitraum): {@code 2025} (year), {@code 2025-H1} (half-year),
 * {@code 2025-Q3} (quarter) or {@code 2025-07} (month); {@code h} and {@code q} may be lower case
 * and are stored upper case. Its {@link #end() Stichtag}, the last day of the period, orders periods.
 */
public record Period(String value) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** The formats, for Bean Validation of requests; the constructor also checks the year range. */
    public static final String FORMAT = "\\d{4}(-([HhQq]\\d|\\d{2}))?";

    private static final Pattern PARTS = Pattern.compile("(\\d{4})(?:-(?:([HQ])(\\d)|(\\d{2})))?");

    public Period {
        if (value == null) {
            throw new IllegalArgumentException("A period is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        parts(value);
    }

    /** The period, or {@code null} if the text is none. */
    public static Period parseOrNull(String text) {
        try {
            return new Period(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public PeriodKind kind() {
        Matcher parts = parts(value);
        if (parts.group(2) != null) {
            return "H".equals(parts.group(2)) ? PeriodKind.HALF_YEAR : PeriodKind.QUARTER;
        }
        return parts.group(4) != null ? PeriodKind.MONTH : PeriodKind.YEAR;
    }

    /** The Stichtag: the last day of the period. */
    public LocalDate end() {
        Matcher parts = parts(value);
        int year = Integer.parseInt(parts.group(1));
        int lastMonth = switch (kind()) {
            case YEAR -> 12;
            case HALF_YEAR -> 6 * Integer.parseInt(parts.group(3));
            case QUARTER -> 3 * Integer.parseInt(parts.group(3));
            case MONTH -> Integer.parseInt(parts.group(4));
        };
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    @Override
    public String toString() {
        return value;
    }

    private static Matcher parts(String value) {
        Matcher parts = PARTS.matcher(value);
        if (!parts.matches()) {
            throw new IllegalArgumentException("Not a period (2025, 2025-H1, 2025-Q3, 2025-07): " + value);
        }
        int year = Integer.parseInt(parts.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year out of range " + FIRST_YEAR + "–" + LAST_YEAR + ": " + value);
        }
        if (parts.group(2) != null) {
            int number = Integer.parseInt(parts.group(3));
            int count = "H".equals(parts.group(2)) ? 2 : 4;
            if (number < 1 || number > count) {
                throw new IllegalArgumentException("No such " + ("H".equals(parts.group(2)) ? "half-year" : "quarter") + ": " + value);
            }
        }
        if (parts.group(4) != null) {
            int month = Integer.parseInt(parts.group(4));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("No such month: " + value);
            }
        }
        return parts;
    }
}
