package io.s3db.internal.format;

import java.math.BigInteger;

/**
 * The base62 decimal encoding of s3db.js 21.x ({@code number} attributes; FORMAT.md §4.2): base62
 * of the integer part of JS {@code String(|v|)} followed by {@code .} and that string's fraction
 * digits verbatim.
 *
 * <p>Deviations from s3db.js, each because s3db.js would lose the value (s3db.js still reads what
 * we write correctly):
 *
 * <ul>
 *   <li>A value whose JS string is a 1-digit exponent form below 1e-6 ({@code 1e-7}, {@code
 *       5e-324}) has no {@code .}; s3db.js then base62-encodes {@code floor(1e-7) = 0} with its
 *       loop that stops at 0 and writes the empty string (which reads back as {@code ""}, not a
 *       number). We write {@code 1.0e-7} instead, which s3db.js decodes as {@code
 *       Number("1.0e-7")}.
 *   <li>{@code -0.0} is written {@code -0} (s3db.js writes {@code 0}, because {@code -0 < 0} is
 *       false); s3db.js decodes {@code -0} to -0.
 *   <li>NaN and ±Infinity are rejected; s3db.js writes the string {@code undefined}, i.e. the
 *       attribute silently becomes absent.
 * </ul>
 *
 * <p>s3db.js's own decoder also computes in doubles, so for integers ≥ 2⁵³ written through this
 * encoder ({@code 12345678901234567000}, {@code 1e21}) it does not always get the original back;
 * {@link #decodeDecimal} does (see there).
 */
public final class Base62Decimal {
  private Base62Decimal() {}

  /**
   * s3db.js {@code encodeDecimal}: JS {@code String(|v|)} split at the first {@code .}; base62 of
   * the integer part + {@code .} + the fraction verbatim (an exponent stays in it: 1.5e-7 → {@code
   * 1.5e-7}, 1.5e300 → {@code 1.5e+300}); without a {@code .} the whole value goes through the
   * JS-double integer encoder (1e21 → {@code jdt8BLTpPG02}); {@code -} prefix for negatives. See
   * the class comment for the three cases where we differ on purpose (tiny 1-digit exponents, -0,
   * non-finite).
   *
   * @throws IllegalArgumentException for NaN or ±Infinity
   */
  public static String encodeDecimal(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == 0) {
      return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0";
    }
    boolean negative = v < 0;
    double a = Math.abs(v);
    String js = JsNumber.toString(a);
    String sign = negative ? "-" : "";
    int dot = js.indexOf('.');
    if (dot >= 0) {
      return sign + Base62.encodeInteger(Long.parseLong(js.substring(0, dot))) + js.substring(dot);
    }
    if (js.contains("e-")) {
      // "1e-7": s3db.js would write "" here; "1.0e-7" keeps the value and s3db.js reads it back.
      return sign + js.charAt(0) + ".0" + js.substring(1);
    }
    return sign + Base62.encodeInteger(a);
  }

  /**
   * s3db.js {@code decodeDecimal}: optional {@code -}; split at the first {@code .}; with fraction
   * digits, base62-decode the integer part and parse {@code int + "." + fraction} as JS {@code
   * Number()} does; without, the value is the base62 integer.
   *
   * <p>Unlike s3db.js (which accumulates in doubles), a string without a fraction is decoded
   * exactly and then matched against the JS-double encoder: the result is the double that s3db.js's
   * {@code encodeDecimal} turns into this string, so {@code decodeDecimal(encodeDecimal(x)) == x}
   * for every finite x, including integers above 2⁵³ where s3db.js itself is up to 16 ulps off. A
   * string no encoder produced gives the double nearest to its exact value.
   *
   * @throws IllegalArgumentException for the empty string, where s3db.js would yield NaN (a
   *     character outside the alphabet in the integer part, a fraction JS cannot parse), and where
   *     it would read something no encoder writes as another number: a second {@code .}, white
   *     space around the fraction, an exponent that overflows to Infinity
   */
  public static double decodeDecimal(String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("not a base62 decimal: \"\"");
    }
    boolean negative = s.charAt(0) == '-';
    String str = negative ? s.substring(1) : s;
    int dot = str.indexOf('.');
    String intPart = dot < 0 ? str : str.substring(0, dot);
    String decPart = "";
    if (dot >= 0) {
      if (str.indexOf('.', dot + 1) >= 0) {
        // JS split('.') would drop what follows a second '.' (1.5.7 → 1.5); no encoder writes one
        throw new IllegalArgumentException("not a base62 decimal: \"" + s + "\"");
      }
      decPart = str.substring(dot + 1);
    }
    double num;
    if (!decPart.isEmpty()) {
      double intValue = decodeJsDouble(intPart, s);
      num = JsNumber.parse(JsNumber.toString(intValue) + "." + decPart);
      if (!Double.isFinite(num)
          || !isFraction(decPart) // 1.5e999 is Infinity, which no encoder writes
          // 0.5e-999 and 5.0e-9324 underflow to 0, which they are not: no encoder writes them
          || (num == 0 && (intValue != 0 || hasNonZeroDigit(decPart)))) {
        throw new IllegalArgumentException("not a base62 decimal: \"" + s + "\"");
      }
    } else {
      num = decodeEncodedInteger(intPart, s);
    }
    return negative ? -num : num;
  }

  /** Whether the fraction's digits (before any exponent) are not all zeros. */
  private static boolean hasNonZeroDigit(String decPart) {
    for (int i = 0;
        i < decPart.length() && decPart.charAt(i) != 'e' && decPart.charAt(i) != 'E';
        i++) {
      if (decPart.charAt(i) >= '1' && decPart.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Fraction digits with an optional exponent, ASCII only: JS Number() would also skip white space.
   */
  private static boolean isFraction(String decPart) {
    int i = 0;
    while (i < decPart.length() && decPart.charAt(i) >= '0' && decPart.charAt(i) <= '9') {
      i++;
    }
    if (i < decPart.length() && (decPart.charAt(i) == 'e' || decPart.charAt(i) == 'E')) {
      int exponent = ++i;
      if (i < decPart.length() && (decPart.charAt(i) == '+' || decPart.charAt(i) == '-')) {
        exponent = ++i;
      }
      while (i < decPart.length() && decPart.charAt(i) >= '0' && decPart.charAt(i) <= '9') {
        i++;
      }
      return i == decPart.length() && i > exponent;
    }
    return i == decPart.length();
  }

  /** s3db.js {@code decode}: r = r·62 + digit in doubles; "" is 0. */
  private static double decodeJsDouble(String digits, String original) {
    double r = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Base62.valueOf(digits.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException("not a base62 decimal: \"" + original + "\"");
      }
      r = r * 62 + d;
    }
    return r;
  }

  private static final long EXACT_BELOW = 1L << 52;
  private static final int SEARCH_ULPS = 4096;

  /**
   * The non-negative double whose JS-double base62 encoding is {@code digits}, see {@link
   * #decodeDecimal}.
   */
  private static double decodeEncodedInteger(String digits, String original) {
    if (digits.isEmpty()) {
      return 0; // s3db.js writes "" / "-" for 1e-7-like values; it decodes them as 0 / -0
    }
    double nearest;
    if (digits.length() <= 10) { // 62^10 < 2^63
      long exact = 0;
      for (int i = 0; i < digits.length(); i++) {
        int d = Base62.valueOf(digits.charAt(i));
        if (d < 0) {
          throw new IllegalArgumentException("not a base62 decimal: \"" + original + "\"");
        }
        exact = exact * 62 + d;
      }
      if (exact < EXACT_BELOW) {
        return exact; // the JS encoder's divisions are exact this far below 2^53
      }
      nearest = exact;
    } else {
      BigInteger exact = BigInteger.ZERO;
      BigInteger base = BigInteger.valueOf(62);
      for (int i = 0; i < digits.length(); i++) {
        int d = Base62.valueOf(digits.charAt(i));
        if (d < 0) {
          throw new IllegalArgumentException("not a base62 decimal: \"" + original + "\"");
        }
        exact = exact.multiply(base).add(BigInteger.valueOf(d));
      }
      nearest = exact.doubleValue();
      if (Double.isInfinite(nearest)) {
        nearest = Double.MAX_VALUE;
      }
    }
    if (Base62.encodeInteger(nearest).equals(digits)) {
      return nearest;
    }
    // The JS encoder's double divisions drift by a few ulps; its last digit is exact (x mod 62),
    // which filters candidates cheaply before re-encoding them.
    int last = Base62.valueOf(digits.charAt(digits.length() - 1));
    double up = nearest;
    double down = nearest;
    for (int i = 0; i < SEARCH_ULPS; i++) {
      up = Math.nextUp(up);
      if (!Double.isInfinite(up)
          && (int) (up % 62) == last
          && Base62.encodeInteger(up).equals(digits)) {
        return up;
      }
      down = Math.nextDown(down);
      if (down > 0 && (int) (down % 62) == last && Base62.encodeInteger(down).equals(digits)) {
        return down;
      }
    }
    return nearest;
  }
}
