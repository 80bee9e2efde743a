package de.sozialraum.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) over plain Java trees.
 *
 * <p>Accepted values: {@code Map} with {@code String} keys (an object — also {@code org.bson.Document}, which
 * is a map), {@code Collection} or array of objects (an array), {@code String}, {@code Boolean}, {@code null}
 * and any {@code Number}. Objects are written with their members sorted by the UTF-16 code units of their
 * names, without whitespace; strings are escaped exactly as ECMAScript's {@code JSON.stringify} does; numbers
 * are written as ECMAScript's {@code Number.prototype.toString} writes the IEEE-754 double closest to them.
 *
 * <p>Like every JCS implementation, numbers are doubles: an integer beyond ±2<sup>53</sup> (or a
 * {@code BigDecimal} with more than 17 significant digits) is written as the double nearest to it, so a
 * change below a double's precision does not change the canonical form (docs/audit.md). Refused with
 * {@link IllegalArgumentException}: NaN and infinities, strings with a lone surrogate, keys that are no
 * strings, and any other type (dates, binary data…) — the caller decides how such values are written.
 */
public final class Jcs {

    private static final double MAX_SAFE_INTEGER = 9007199254740992d; // 2^53
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jcs() {
    }

    /** The canonical JSON text of {@code value}. */
    public static String canonicalize(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    /** The canonical JSON of {@code value} as UTF-8 bytes: what is hashed. */
    public static byte[] canonicalBytes(Object value) {
        return canonicalize(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            writeString(string, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Number number) {
            out.append(number(number));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof Collection<?> collection) {
            writeArray(collection, out);
        } else if (value instanceof Object[] array) {
            writeArray(List.of(array), out);
        } else {
            throw new IllegalArgumentException("No JSON value: " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        List<String> names = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("Object member names must be strings, not " + key);
            }
            names.add(name);
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(Collection<?> values, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(value, out);
        }
        out.append(']');
    }

    private static void writeString(String string, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < string.length() && Character.isLowSurrogate(string.charAt(i + 1))) {
                        out.append(c).append(string.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("Lone surrogate U+%04X at index %d".formatted((int) c, i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** ECMAScript's {@code Number.prototype.toString} of the double nearest to {@code number}. */
    static String number(Number number) {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == 0) {
            return "0"; // also -0
        }
        if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER) {
            return Long.toString((long) value); // every integer up to 2^53 is exact, hence shortest
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        return sign + format(digits, k, n);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code value}; of two such, the
     * one nearer to {@code value} (ECMA-262, Number::toString, step 5). Only the two neighbours of
     * {@code value} with p digits can read back as it, so each precision tries those two.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowFits = below.doubleValue() == value;
            boolean aboveFits = above.doubleValue() == value;
            if (belowFits && aboveFits) {
                int nearer = exact.subtract(below).compareTo(above.subtract(exact));
                if (nearer == 0) {
                    return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
                }
                return (nearer < 0 ? below : above).stripTrailingZeros();
            }
            if (belowFits) {
                return below.stripTrailingZeros();
            }
            if (aboveFits) {
                return above.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 digits always read back: " + value);
    }

    /** ECMA-262 Number::toString, steps 6–10, for k digits and the decimal point after the n-th. */
    private static String format(String digits, int k, int n) {
        StringBuilder out = new StringBuilder(32);
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }
}
