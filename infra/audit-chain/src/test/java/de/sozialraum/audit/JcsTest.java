package de.sozialraum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 and its test vectors (sections 3.2.2, 3.2.3, appendix B). */
class JcsTest {

    /** RFC 8785, appendix B: IEEE-754 bit pattern → canonical text. */
    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void numbersOfAppendixB(String bits, String expected) {
        assertThat(Jcs.canonicalize(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)))).isEqualTo(expected);
    }

    /** 5,000 doubles (random bit patterns, random magnitudes, cents, powers) as Node.js's Number.prototype.toString wrote them. */
    @Test
    void numbersAsEcmaScriptWritesThem() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                JcsTest.class.getResourceAsStream("/es-numbers.txt"), StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ");
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
                if (!Jcs.canonicalize(value).equals(parts[1])) {
                    wrong.add(line + " → " + Jcs.canonicalize(value));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5000);
        assertThat(wrong).isEmpty();
    }

    @Test
    void notEveryJavaDoubleToStringIsShortest() {
        // Java 17 writes 2.0E-3 as "0.002" but 1.0E23 as "1.0E23" and 2^-1074 as "4.9E-324"; ES: the shortest digits
        assertThat(Jcs.canonicalize(2.0E-3)).isEqualTo("0.002");
        assertThat(Jcs.canonicalize(1.0E23)).isEqualTo("1e+23");
        assertThat(Jcs.canonicalize(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Jcs.canonicalize(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Jcs.canonicalize(1e-7)).isEqualTo("1e-7");
        assertThat(Jcs.canonicalize(123e-20)).isEqualTo("1.23e-18");
    }

    @Test
    void integersOfEveryJavaTypeAreNumbers() {
        assertThat(Jcs.canonicalize(List.of(1, 2L, (short) 3, (byte) 4, -5, 24500L, 4.50, 1e30, new BigDecimal("4.50"), BigInteger.TEN)))
                .isEqualTo("[1,2,3,4,-5,24500,4.5,1e+30,4.5,10]");
    }

    @Test
    void integersBeyondTwoToTheFiftyThirdAreTheirNearestDouble() {
        assertThat(Jcs.canonicalize(9007199254740993L)).isEqualTo("9007199254740992");
        assertThat(Jcs.canonicalize(Long.MAX_VALUE)).isEqualTo("9223372036854776000");
    }

    @Test
    void nanAndInfinityAreNoJson() {
        assertThatThrownBy(() -> Jcs.canonicalize(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Float.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** RFC 8785, section 3.2.2: the sample input and its canonical UTF-8 bytes. */
    @Test
    void theSampleOfSection322() {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        sample.put("string", "\u20ac$\u000F\nA'B\"\\\\\"/");
        sample.put("literals", Arrays.asList(null, true, false));

        assertThat(Jcs.canonicalize(sample)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        // the RFC's hex dump of the same output, byte by byte
        assertThat(hex(Jcs.canonicalBytes(sample))).isEqualTo(
                "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e"
                        + "756d62657273223a5b3333333333333333332e333333333333332c31652b3330"
                        + "2c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac24"
                        + "5c75303030665c6e4127425c225c5c5c5c5c222f227d");
    }

    /** RFC 8785, section 3.2.3: members sorted by the UTF-16 code units of their names. */
    @Test
    void membersAreSortedByUtf16CodeUnits() {
        Map<String, Object> object = new HashMap<>();
        object.put("\u20ac", "Euro Sign");
        object.put("\r", "Carriage Return");
        object.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        object.put("1", "One");
        object.put("\ud83d\ude00", "Emoji: Grinning Face");
        object.put("\u0080", "Control");
        object.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(Jcs.canonicalize(object)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void stringsAreEscapedAsJsonStringifyDoes() {
        assertThat(Jcs.canonicalize("\"\\\b\f\n\r\t\u0000\u001f\u007f\u2028/ü\ud83d\ude00"))
                .isEqualTo("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u2028/ü\ud83d\ude00\"");
        assertThat(Jcs.canonicalBytes("ü")).containsExactly(0x22, 0xc3, 0xbc, 0x22);
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertThatThrownBy(() -> Jcs.canonicalize("a\ud800b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize("\ude00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedObjectsAndArraysHaveNoWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of());
        inner.put("a", Map.of());
        assertThat(Jcs.canonicalize(Map.of("x", List.of(inner, "s", 1.5)))).isEqualTo("{\"x\":[{\"a\":{},\"b\":[]},\"s\",1.5]}");
    }

    @Test
    void otherTypesAreRefused() {
        assertThatThrownBy(() -> Jcs.canonicalize(new java.util.Date())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append("%02x".formatted(b));
        }
        return hex.toString();
    }
}
