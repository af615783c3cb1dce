package io.s3db.internal.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@code BigDecimal} values as they are stored: their text ({@code 19.90}, {@code 1E+3}), or any
 * plain decimal literal another client may write ({@code .5}, {@code +1}, {@code 2e-3}). {@code new
 * BigDecimal} alone also reads other scripts' digits ({@code ١٢٣} as 123), which no writer of the
 * format produces.
 */
public final class Decimals {
  private Decimals() {}

  private static final Pattern LITERAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * The exact value of a decimal literal, checked to be one first.
   *
   * @throws IllegalArgumentException for anything but an ASCII decimal literal
   */
  public static BigDecimal parse(String text) {
    if (!LITERAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not a decimal number: " + text);
    }
    return new BigDecimal(text);
  }
}
