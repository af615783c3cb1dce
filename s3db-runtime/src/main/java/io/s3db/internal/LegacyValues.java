package io.s3db.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as s3db.js 6.0.0 wrote them (FORMAT.md §4.2): numbers in decimal, text raw. Raw non-ASCII header
 * values reach a client as RFC 2047 encoded words when AWS stored them ({@code =?UTF-8?B?…?=}), which
 * are decoded here; 6.0.0 itself could only send characters up to U+00FF.
 */
final class LegacyValues {
  private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

  private LegacyValues() {}

  /** 6.0.0's number reading: an integer unless the text has a fraction or exponent. */
  static long integer(String value) {
    if (value.indexOf('.') >= 0 || value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
      double parsed = Double.parseDouble(value);
      if (parsed != Math.rint(parsed)) {
        throw new IllegalArgumentException("not an integer: " + value);
      }
      return (long) parsed;
    }
    return Long.parseLong(value);
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
