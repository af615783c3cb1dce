package io.s3db.internal.format;

import java.math.BigInteger;

/** JavaScript's {@code Number(string)}, the ECMAScript StringToNumber operation. */
final class StringToNumber {
  private StringToNumber() {}

  /** {@link JsNumber#parse(String)}, which states the rules. */
  static double parse(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isJsWhiteSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhiteSpace(s.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return 0;
    }
    if (end - start > 2 && s.charAt(start) == '0') {
      char p = s.charAt(start + 1);
      int radix =
          (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 0;
      if (radix != 0) {
        for (int i = start + 2; i < end; i++) {
          if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 0x7F) {
            return Double.NaN;
          }
        }
        return new BigInteger(s.substring(start + 2, end), radix).doubleValue();
      }
    }
    int i = start;
    char first = s.charAt(i);
    boolean negative = false;
    if (first == '+' || first == '-') {
      negative = first == '-';
      i++;
    }
    if (s.startsWith("Infinity", i) && i + 8 == end) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    int intDigits = 0;
    while (i < end && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < end && s.charAt(i) == '.') {
      i++;
      while (i < end && isDigit(s.charAt(i))) {
        i++;
        fracDigits++;
      }
    }
    if (intDigits + fracDigits == 0) {
      return Double.NaN;
    }
    if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < end && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
    }
    if (i != end) {
      return Double.NaN;
    }
    // The validated text is also valid Java syntax; Double.parseDouble rounds correctly.
    return Double.parseDouble(s.substring(start, end));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ECMAScript WhiteSpace and LineTerminator code points (StrWhiteSpaceChar). */
  static boolean isJsWhiteSpace(char c) {
    switch (c) {
      case '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000',
          '\uFEFF' -> {
        return true;
      }
      default -> {
        return c >= '\u2000' && c <= '\u200A';
      }
    }
  }
}
