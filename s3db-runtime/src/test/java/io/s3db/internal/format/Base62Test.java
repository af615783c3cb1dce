package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base62Test {

  @Test
  void integerVectorsFromS3dbJs() {
    JsonNode vectors = Vectors.v21().get("base62");
    assertTrue(vectors.size() >= 12);
    for (JsonNode v : vectors) {
      long in = v.get("in").asLong();
      String out = v.get("integerBase62").asText();
      assertEquals(out, Base62.encodeInteger(in), "long " + in);
      assertEquals(out, Base62.encodeInteger((double) in), "double " + in);
      assertEquals(in, Base62.decodeInteger(out));
    }
  }

  @Test
  void decimalVectorsFromS3dbJs() {
    JsonNode vectors = Vectors.v21().get("decimalBase62");
    assertTrue(vectors.size() >= 9);
    for (JsonNode v : vectors) {
      double in = v.get("in").asDouble();
      String out = v.get("out").asText();
      assertEquals(out, Base62Decimal.encodeDecimal(in), "encode " + in);
      assertEquals(in, Base62Decimal.decodeDecimal(out), "decode " + out);
    }
  }

  /** FORMAT.md §13.3. */
  @ParameterizedTest
  @CsvSource({
    "0,0",
    "7,7",
    "34,y",
    "42,G",
    "61,Z",
    "62,10",
    "1000000,4c92",
    "-5,-5",
    "-123456,-w7e",
    "1705314600123,u1qugXx"
  })
  void integerExamples(long n, String base62) {
    assertEquals(base62, Base62.encodeInteger(n));
    assertEquals(n, Base62.decodeInteger(base62));
  }

  /** FORMAT.md §13.3 and §4.2's table. */
  @ParameterizedTest
  @CsvSource({
    "97.5,1z.5",
    "-120.75,-1W.75",
    "0.1,0.1",
    "1.5e-7,1.5e-7",
    "1e21,jdt8BLTpPG02",
    "3,3",
    "-5,-5",
    "0,0",
    "12345678901234567000,eHZl6hWz5ui",
    "-0.5,-0.5",
    "1.5e300,1.5e+300"
  })
  void decimalExamples(double v, String base62) {
    assertEquals(base62, Base62Decimal.encodeDecimal(v));
    assertEquals(v, Base62Decimal.decodeDecimal(base62));
  }

  /**
   * Thousands of doubles run through s3db.js's own base62 module
   * (src/test/resources/js/base62-vectors.mjs): the JS-double integer encoder always agrees;
   * encodeDecimal agrees except for the documented deviations; decodeDecimal gets back every value,
   * also where s3db.js's own decoder does not.
   */
  @Test
  void matchesS3dbJsBase62Module() {
    List<String> lines = Vectors.lines("base62-vectors.txt");
    assertTrue(lines.size() > 5000);
    int deviations = 0;
    int jsDecodeWrong = 0;
    StringBuilder failures = new StringBuilder();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      long bits = Long.parseUnsignedLong(f[0], 16);
      double x = Double.longBitsToDouble(bits);
      String jsDecimal = f[1];
      String jsInteger = f[2].equals("=") ? jsDecimal : f[2];
      if (!f[3].equals("=")) {
        jsDecodeWrong++;
      }
      check(failures, line, jsInteger, Base62.encodeInteger(x));
      String ours = Base62Decimal.encodeDecimal(x);
      if (isDeviation(x, jsDecimal)) {
        deviations++;
        check(failures, line, Base62Decimal.decodeDecimal(ours) == x ? "ok" : "lost", "ok");
      } else {
        check(failures, line, jsDecimal, ours);
        check(failures, line + " decode", f[0], hex(Base62Decimal.decodeDecimal(jsDecimal)));
      }
      check(failures, line + " roundtrip", f[0], hex(Base62Decimal.decodeDecimal(ours)));
    }
    assertEquals("", failures.length() > 4000 ? failures.substring(0, 4000) : failures.toString());
    // The file must exercise both the deviations and the values s3db.js cannot decode itself.
    assertTrue(deviations > 50, "deviations " + deviations);
    assertTrue(jsDecodeWrong > 100, "values s3db.js decodes wrongly " + jsDecodeWrong);
  }

  /** -0 and 1-digit exponents below 1e-6 (s3db.js writes "0", "" or "-" for those). */
  private static boolean isDeviation(double x, String jsDecimal) {
    return (x == 0 && Double.doubleToRawLongBits(x) != 0)
        || (x != 0 && Math.abs(x) < 1 && !jsDecimal.contains("."));
  }

  private static String hex(double d) {
    String h = Long.toHexString(Double.doubleToRawLongBits(d));
    return "0".repeat(16 - h.length()) + h;
  }

  private static void check(
      StringBuilder failures, String context, String expected, String actual) {
    if (!expected.equals(actual)) {
      failures
          .append(context)
          .append(": expected ")
          .append(expected)
          .append(" got ")
          .append(actual)
          .append('\n');
    }
  }

  @ParameterizedTest
  @CsvSource({"1e-7,1.0e-7", "-1e-7,-1.0e-7", "5e-324,5.0e-324", "3e-10,3.0e-10", "-0.0,-0"})
  void deviationsKeepTheValue(double v, String expected) {
    assertEquals(expected, Base62Decimal.encodeDecimal(v));
    assertEquals(
        Double.doubleToRawLongBits(v),
        Double.doubleToRawLongBits(Base62Decimal.decodeDecimal(expected)));
  }

  @Test
  void nonFiniteDecimalsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Base62Decimal.encodeDecimal(Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> Base62Decimal.encodeDecimal(Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class,
        () -> Base62Decimal.encodeDecimal(Double.NEGATIVE_INFINITY));
  }

  @Test
  void jsDoubleIntegerEncoderQuirks() {
    assertEquals("undefined", Base62.encodeInteger(Double.NaN));
    assertEquals("undefined", Base62.encodeInteger(Double.NEGATIVE_INFINITY));
    assertEquals("0", Base62.encodeInteger(-0.0));
    assertEquals("", Base62.encodeInteger(0.5)); // floor(0.5) = 0 and the loop stops at once
    assertEquals("-1", Base62.encodeInteger(-0.5));
    assertEquals("-2", Base62.encodeInteger(-1.5));
    assertEquals("2", Base62.encodeInteger(2.7));
  }

  @Test
  void decodesWhatS3dbJsWritesForTinyValues() {
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(Base62Decimal.decodeDecimal("-")));
    assertEquals(0.0, Base62Decimal.decodeDecimal("."));
    assertEquals(5.0, Base62Decimal.decodeDecimal("5."));
    assertEquals(0.5, Base62Decimal.decodeDecimal(".5"));
  }

  @ParameterizedTest
  // JS split('.') would read 1.2.3 as 1.2 and Number() 1.5e999 as Infinity: no encoder writes them
  @ValueSource(
      strings = {
        "", "1.x", "!", "a b", "1.2e", "+5", "-+1", "é", "1.2.3", "1.5e999", "1. 5", "1.5 "
      })
  void invalidDecimalsAreRejected(String s) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Base62Decimal.decodeDecimal(s));
    assertTrue(e.getMessage().contains("\"" + s + "\""), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+1",
        "1.5",
        " 1",
        "a_b",
        "é",
        "zzzzzzzzzzzzzzzzzz",
        "-zzzzzzzzzzzzzzzzz"
      })
  void invalidIntegersAreRejected(String s) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Base62.decodeInteger(s));
    assertTrue(e.getMessage().contains("\"" + s + "\""), e.getMessage());
  }

  @Test
  void longExtremes() {
    for (long n :
        new long[] {
          Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, (1L << 53) + 1, -(1L << 53) - 1
        }) {
      assertEquals(n, Base62.decodeInteger(Base62.encodeInteger(n)));
    }
    assertEquals("aZl8N0y58M7", Base62.encodeInteger(Long.MAX_VALUE));
    assertEquals("-aZl8N0y58M8", Base62.encodeInteger(Long.MIN_VALUE));
    assertThrows(IllegalArgumentException.class, () -> Base62.decodeInteger("aZl8N0y58M8"));
  }

  @Property
  void integersRoundTrip(@ForAll long n) {
    String s = Base62.encodeInteger(n);
    assertEquals(n, Base62.decodeInteger(s));
    if (n >= -(1L << 53) && n <= (1L << 53)) {
      assertEquals(s, Base62.encodeInteger((double) n), "JS-double encoder agrees up to 2^53");
    }
  }

  @Property
  void decimalsRoundTripExactly(@ForAll("doubles") double x) {
    String s = Base62Decimal.encodeDecimal(x);
    assertEquals(
        Double.doubleToRawLongBits(x),
        Double.doubleToRawLongBits(Base62Decimal.decodeDecimal(s)),
        s);
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
            Arbitraries.longs()
                .map(Double::longBitsToDouble)
                .filter(d -> !Double.isNaN(d) && !Double.isInfinite(d)),
            Arbitraries.doubles().filter(Double::isFinite),
            Arbitraries.doubles().ofScale(2).filter(Double::isFinite),
            Arbitraries.longs().map(l -> (double) l),
            Arbitraries.longs()
                .between(0, 1L << 52)
                .map(l -> Double.longBitsToDouble(l)), // subnormals and tiny
            Arbitraries.integers()
                .between(1, 9)
                .flatMap(
                    d ->
                        Arbitraries.integers()
                            .between(-324, 308)
                            .map(e -> Double.parseDouble(d + "e" + e))),
            Arbitraries.of(
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                Double.MIN_NORMAL,
                -0.0,
                0.0,
                1e21,
                9007199254740993.0))
        .filter(Double::isFinite);
  }

  @Example
  void aDecimalThatUnderflowsToZeroIsRefused_zeroItselfIsNot() {
    assertThrows(IllegalArgumentException.class, () -> Base62Decimal.decodeDecimal("0.5e-3124"));
    assertThrows(IllegalArgumentException.class, () -> Base62Decimal.decodeDecimal("-.1e-400"));
    // a non-zero integer part underflows too (found by CorruptedValuesPropertiesTest)
    assertThrows(IllegalArgumentException.class, () -> Base62Decimal.decodeDecimal("5.0e-9324"));
    assertThrows(IllegalArgumentException.class, () -> Base62Decimal.decodeDecimal("-1.0e-400"));
    assertEquals(0.0, Base62Decimal.decodeDecimal("0.000e-3124"));
    assertEquals(1.0e-7, Base62Decimal.decodeDecimal("1.0e-7"));
    assertEquals(4.9e-324, Base62Decimal.decodeDecimal("0.49e-323"));
  }
}
