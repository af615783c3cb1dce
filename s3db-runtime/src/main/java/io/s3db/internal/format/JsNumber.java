package io.s3db.internal.format;

/**
 * JavaScript's {@code Number.prototype.toString()} and {@code Number(string)} for doubles.
 *
 * <p>Why: s3db.js stores decimals as base62 of the integer part plus the fraction digits of JS
 * {@code String(n)} (FORMAT.md §4.2, "Base62 details"), and {@code JSON.stringify} prints numbers
 * the same way (§2, §2.3). Java's {@link Double#toString(double)} differs: other exponent rules
 * ({@code 1.0E21} vs {@code 1e+21}), a trailing {@code .0}, and before JDK 19 it is not always the
 * shortest round-trip form (and from JDK 19 on, 1-digit values may get 2 digits: {@code 4.9E-324}
 * vs JS {@code 5e-324}).
 *
 * <p>The work is done beside this class: {@link NumberToString} with the digits from {@link Ryu} (a
 * call costs well under a microsecond, and integers below 2⁵³ take a shortcut through {@link
 * Long#toString(long)}), and {@link StringToNumber}.
 */
public final class JsNumber {
  private JsNumber() {}

  /**
   * JS {@code String(x)}: shortest round-trip digits; plain notation when the decimal exponent n
   * (value = 0.d₁d₂… × 10ⁿ) satisfies -6 &lt; n ≤ 21, otherwise {@code d[.ddd]e±x}; {@code -0}
   * gives {@code "0"}; {@code NaN}, {@code Infinity}, {@code -Infinity}.
   */
  public static String toString(double x) {
    return NumberToString.toString(x);
  }

  /**
   * JS {@code Number(s)} (ECMAScript StringToNumber): surrounding JS white space is ignored; the
   * empty string is 0; {@code [+-]Infinity}; decimal literals with optional fraction and exponent
   * ({@code 1.}, {@code .5}, {@code 1e+21}); {@code 0x}/{@code 0o}/{@code 0b} integers without
   * sign. Anything else is {@code NaN} — including Java-only forms such as {@code 1d}, {@code NaN}
   * or {@code 0x1p3}.
   */
  public static double parse(String s) {
    return StringToNumber.parse(s);
  }
}
