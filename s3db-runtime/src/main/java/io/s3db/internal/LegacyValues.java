package io.s3db.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as s3db.js 6.0.0 wrote them (FORMAT.md §4.2): numbers in decimal, text raw. Raw non-ASCII
 * header values reach a client as RFC 2047 encoded words when AWS stored them ({@code
 * =?UTF-8?B?…?=}), which are decoded here; 6.0.0 itself could only send characters up to U+00FF.
 */
final class LegacyValues {
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

  private LegacyValues() {}

  /**
   * A JavaScript number as {@code String(n)} prints it, or any plain decimal literal; nothing
   * JS-only or Java-only.
   */
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * 6.0.0's integers, written with {@code String(n)}: {@code 34}, {@code -7}, and {@code
   * 1e+21}-like exponent forms of large ones. The value must be a whole number inside the long
   * range: {@code 1.5} or {@code 1e400} is refused, never rounded or clamped.
   */
  static long integer(String value) {
    BigDecimal number = number(value);
    if (number.signum() != 0 && number.precision() - number.scale() > 19) {
      throw new IllegalArgumentException(
          "not an integer in the long range: " + value); // 1e999999 is no long either
    }
    try {
      return number.toBigIntegerExact().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("not an integer in the long range: " + value, e);
    }
  }

  /**
   * 6.0.0's numbers: finite, as {@code Double.parseDouble} rounds them (and JavaScript's {@code
   * Number}).
   */
  static double decimal(String value) {
    double parsed = number(value).doubleValue();
    if (!Double.isFinite(parsed)) {
      throw new IllegalArgumentException("out of the double range: " + value);
    }
    return parsed;
  }

  /**
   * Refuses what String(n) never writes: hex, NaN, Infinity, {@code 1d}, surrounding spaces, empty
   * text.
   */
  private static BigDecimal number(String value) {
    if (value.length() > 400 || !NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("not a decimal number: " + value);
    }
    return new BigDecimal(value);
  }

  static String text(String raw) {
    if (!raw.contains("=?")) {
      return raw;
    }
    Matcher words = ENCODED_WORD.matcher(raw);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (words.find()) {
      String between = raw.substring(last, words.start());
      // whitespace between two encoded words is not part of the text (RFC 2047 §6.2)
      out.append(last > 0 && between.isBlank() ? "" : between);
      out.append(decode(words.group(1), words.group(2), words.group(3)));
      last = words.end();
    }
    return out.append(raw.substring(last)).toString();
  }

  private static String decode(String charsetName, String encoding, String text) {
    Charset charset;
    try {
      charset = Charset.forName(charsetName);
    } catch (RuntimeException e) {
      charset = StandardCharsets.UTF_8;
    }
    if (encoding.equalsIgnoreCase("B")) {
      return new String(Base64.getDecoder().decode(text), charset);
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        bytes.write(' ');
      } else if (c == '=' && i + 2 < text.length()) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(charset);
  }
}
