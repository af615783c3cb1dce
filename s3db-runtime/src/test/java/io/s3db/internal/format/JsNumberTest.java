package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumberTest {

  /** Every line of the Node-generated file (src/test/resources/js/jsnumber-vectors.mjs). */
  @Test
  void matchesNodeForEveryVector() {
    List<String> lines = Vectors.lines("jsnumber-vectors.txt");
    assertTrue(lines.size() > 20_000, "vector file too small: " + lines.size());
    int checked = 0;
    StringBuilder failures = new StringBuilder();
    for (String line : lines) {
      int space = line.indexOf(' ');
      long bits = Long.parseUnsignedLong(line.substring(0, space), 16);
      String expected = line.substring(space + 1);
      double x = Double.longBitsToDouble(bits);
      String actual = JsNumber.toString(x);
      if (!expected.equals(actual)) {
        failures.append(line).append(" -> ").append(actual).append('\n');
      }
      double back = JsNumber.parse(expected);
      boolean sameValue =
          Double.isNaN(x)
              ? Double.isNaN(back)
              : (x == 0 ? back == 0 : Double.compare(back, x) == 0);
      if (!sameValue) {
        failures.append("parse ").append(line).append(" -> ").append(back).append('\n');
      }
      checked++;
    }
    assertEquals("", failures.length() > 4000 ? failures.substring(0, 4000) : failures.toString());
    assertEquals(lines.size(), checked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0|0",
        "-0.0|0",
        "1.0|1",
        "-1.0|-1",
        "0.1|0.1",
        "97.5|97.5",
        "-120.75|-120.75",
        "1e21|1e+21",
        "1e-7|1e-7",
        "1.5e-7|1.5e-7",
        "1e-6|0.000001",
        "123456789012345680000|123456789012345680000",
        "4.9e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
        "9007199254740993|9007199254740992",
        "2e23|2e+23",
        "1e23|1e+23",
        "0.30000000000000004|0.30000000000000004",
        "100|100",
        "1e20|100000000000000000000",
        "5e-7|5e-7",
        "0.000005|0.000005",
        "2.5e-6|0.0000025",
      })
  void knownValues(double x, String js) {
    assertEquals(js, JsNumber.toString(x));
  }

  @Test
  void nonFinite() {
    assertEquals("NaN", JsNumber.toString(Double.NaN));
    assertEquals("Infinity", JsNumber.toString(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", JsNumber.toString(Double.NEGATIVE_INFINITY));
  }

  /**
   * Shortest digits that round-trip, closest to the exact value — checked against a BigDecimal
   * reference.
   */
  @Property
  void shortestAndClosest(@ForAll("anyFiniteDouble") double x) {
    String js = JsNumber.toString(x);
    assertEquals(x == 0 ? 0.0 : x, Double.parseDouble(js), js);
    if (x == 0) {
      return;
    }
    BigDecimal expected = reference(Math.abs(x));
    BigDecimal actual = new BigDecimal(js).abs();
    assertEquals(0, expected.compareTo(actual), () -> js + " vs reference " + expected.toString());
    assertEquals(
        expected.stripTrailingZeros().precision(), actual.stripTrailingZeros().precision(), js);
  }

  @Property
  void parseInvertsToString(@ForAll("anyFiniteDouble") double x) {
    double back = JsNumber.parse(JsNumber.toString(x));
    assertEquals(x == 0 ? 0.0 : x, back);
  }

  @Provide
  Arbitrary<Double> anyFiniteDouble() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .map(Double::longBitsToDouble)
            .filter(d -> !Double.isNaN(d) && !Double.isInfinite(d)),
        Arbitraries.doubles().filter(Double::isFinite),
        Arbitraries.doubles().ofScale(3).filter(Double::isFinite),
        Arbitraries.longs().between(-(1L << 60), 1L << 60).map(l -> (double) l),
        Arbitraries.of(
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.MIN_NORMAL,
            1e21,
            1e-7,
            9.999999999999999e20));
  }

  /**
   * Shortest round-tripping decimal for x &gt; 0; among equals the closest, ties to the even digit.
   */
  private static BigDecimal reference(double x) {
    BigDecimal exact = new BigDecimal(x);
    for (int p = 1; p <= 17; p++) {
      MathContext down = new MathContext(p, RoundingMode.FLOOR);
      MathContext up = new MathContext(p, RoundingMode.CEILING);
      BigDecimal lo = exact.round(down);
      BigDecimal hi = exact.round(up);
      boolean loOk = Double.parseDouble(lo.toString()) == x;
      boolean hiOk = Double.parseDouble(hi.toString()) == x;
      if (loOk && hiOk) {
        int cmp = exact.subtract(lo).compareTo(hi.subtract(exact));
        if (cmp < 0) {
          return lo;
        }
        if (cmp > 0) {
          return hi;
        }
        return exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      }
      if (loOk) {
        return lo;
      }
      if (hiOk) {
        return hi;
      }
    }
    throw new AssertionError("no 17-digit representation for " + x);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e+21|1e21",
        "1.5e-7|1.5e-7",
        "  42  |42",
        "-0.5|-0.5",
        "+3|3",
        ".5|0.5",
        "5.|5",
        "0x1F|31",
        "0b101|5",
        "0o17|15",
        "Infinity|Infinity",
        "-Infinity|-Infinity",
        "1E3|1000",
      })
  void parsesJsNumberSyntax(String text, double expected) {
    assertEquals(expected, JsNumber.parse(text));
  }

  @Test
  void parseRejectsWhatJsRejects() {
    for (String bad :
        new String[] {
          "1d", "1f", "NaN", "0x", "-0x10", "1e", "e5", ".", "+", "1_000", "0x1p3", "inf", "1.2.3",
          "1e+"
        }) {
      assertTrue(Double.isNaN(JsNumber.parse(bad)), bad);
    }
    assertEquals(0.0, JsNumber.parse(""));
    assertEquals(0.0, JsNumber.parse(" \n\t\u00a0\ufeff"));
    assertEquals(
        Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(JsNumber.parse("-0")));
  }
}
