package io.s3db.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats in s3db.js's number format. JavaScript has only doubles, so a float is stored as the double
 * whose shortest text is the float's shortest text ({@code 0.1f} → {@code 0.1}, not the widened
 * {@code 0.10000000149011612}): s3db.js reads the number the Java code wrote, and reading it back as a
 * float gives the same float.
 */
public final class Floats {
  private Floats() {}

  /** The base62 decimal of the float's shortest decimal form. */
  public static String encode(float value) {
    if (value == 0 || !Float.isFinite(value)) {
      return Base62.encodeDecimal(value);
    }
    return Base62.encodeDecimal(Double.parseDouble(shortest(value)));
  }

  public static float decode(String stored) {
    double value = Base62.decodeDecimal(stored);
    return value == 0 || !Double.isFinite(value) ? (float) value : Float.parseFloat(JsNumber.toString(value));
  }

  /** The float's shortest decimal text ({@code 0.1f} → {@code 0.1}). */
  public static String shortestText(float value) {
    return value == 0 || !Float.isFinite(value) ? Float.toString(value) : shortest(value);
  }

  /** The fewest significant digits (at most 9) that parse back to this float, rounded half-even. */
  static String shortest(float value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < 9; digits++) {
      String text = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).toString();
      if (Float.parseFloat(text) == value) {
        return text;
      }
    }
    return exact.round(new MathContext(9, RoundingMode.HALF_EVEN)).toString();
  }
}
