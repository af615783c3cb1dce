package io.s3db.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats in s3db.js's number format. JavaScript has only doubles, so a float is stored as the
 * double whose shortest text is the float's shortest text ({@code 0.1f} → {@code 0.1}, not the
 * widened {@code 0.10000000149011612}): s3db.js reads the number the Java code wrote, and reading
 * it back as a float gives the same float.
 */
public final class Floats {
  private Floats() {}

  /** The base62 decimal of the float's shortest decimal form. */
  public static String encode(float value) {
    if (value == 0 || !Float.isFinite(value)) {
      return Base62Decimal.encodeDecimal(value);
    }
    return Base62Decimal.encodeDecimal(Double.parseDouble(shortest(value)));
  }

  /**
   * The float a stored base62 decimal stands for.
   *
   * @throws IllegalArgumentException if it is no base62 decimal, or no float holds it (see {@link
   *     #narrow})
   */
  public static float decode(String stored) {
    return narrow(Base62Decimal.decodeDecimal(stored));
  }

  /**
   * The float a stored number stands for: the float of its shortest text.
   *
   * @throws IllegalArgumentException for a number no float holds: beyond its range, or rounding to
   *     0
   */
  public static float narrow(double value) {
    if (value == 0) {
      return (float) value;
    }
    float f = Float.parseFloat(JsNumber.toString(value));
    if (!Float.isFinite(f) || f == 0 || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "not a float: " + JsNumber.toString(value) + " is out of its range");
    }
    return f;
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
