package de.sozialraum.planning.indicator.api;

import java.math.BigDecimal;

/** A value to record for a period, as commands carry it. */
public record Measurement(Period period, BigDecimal value) {

    /** At most this many significant digits: statistics, not bookkeeping. */
    public static final int MAX_PRECISION = 15;
    /** At most this many decimal places. */
    public static final int MAX_SCALE = 6;

    /** True if the value is one a series takes: not too many digits in all, not too many decimals. */
    public static boolean isAcceptable(BigDecimal value) {
        if (value == null) {
            return false;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - Math.min(plain.scale(), 0) <= MAX_PRECISION && plain.scale() <= MAX_SCALE;
    }
}
