package io.s3db.internal.format;

import java.util.Arrays;

/**
 * The base62 integer encoding of s3db.js 21.x ({@code concerns/base62.js}; FORMAT.md §4.2 "Base62
 * details", vectors in §13.3). Alphabet {@code 0-9a-zA-Z}: 0–9, then a–z = 10–35, then A–Z = 36–61.
 * Integers ({@code number|integer}, {@code datetime}, {@code dateonly}, integer array items) are
 * plain base62 with a {@code -} sign; decimals are {@link Base62Decimal}'s.
 *
 * <p>{@link #encodeInteger(long)} is exact for every long; s3db.js works in doubles, which agrees
 * for |n| ≤ 2⁵³ only.
 */
public final class Base62 {
  private Base62() {}

  private static final char[] ALPHABET =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final int[] VALUE = new int[128];

  static {
    Arrays.fill(VALUE, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUE[ALPHABET[i]] = i;
    }
  }

  /** The digit {@code c} stands for, or -1 outside the alphabet. */
  static int valueOf(char c) {
    return c < 128 ? VALUE[c] : -1;
  }

  /**
   * Exact base62 of a long: {@code 0} → "0", negatives as {@code -} + base62(|n|) (FORMAT.md §4.2).
   */
  public static String encodeInteger(long n) {
    if (n == 0) {
      return "0";
    }
    char[] buf = new char[12];
    int pos = buf.length;
    long u = n < 0 ? -n : n;
    if (u < 0) { // Long.MIN_VALUE: 2^63 read unsigned; one unsigned step brings it in range
      buf[--pos] = ALPHABET[(int) Long.remainderUnsigned(u, 62)];
      u = Long.divideUnsigned(u, 62);
    }
    // signed / and % by a constant compile to multiplications; the unsigned ones do not
    while (u != 0) {
      buf[--pos] = ALPHABET[(int) (u % 62)];
      u /= 62;
    }
    if (n < 0) {
      buf[--pos] = '-';
    }
    return new String(buf, pos, buf.length - pos);
  }

  /**
   * s3db.js {@code encode(n)} for a JS number, computed in doubles exactly as JS does: NaN and
   * ±Infinity give the string {@code "undefined"}; 0 and -0 give "0"; negatives {@code "-" +
   * encode(-floor(n))}; otherwise {@code floor(n)} then repeated {@code % 62} and {@code floor(/
   * 62)} (so 0 &lt; n &lt; 1 gives "" and values above 2⁵³ carry the rounding of the double
   * divisions). Used by {@link Base62Decimal#encodeDecimal} for values such as 1e21 whose JS string
   * has no {@code .}.
   */
  public static String encodeInteger(double n) {
    if (Double.isNaN(n) || Double.isInfinite(n)) {
      return "undefined";
    }
    if (n == 0) {
      return "0";
    }
    if (n < 0) {
      return "-" + encodeInteger(-Math.floor(n));
    }
    double v = Math.floor(n);
    StringBuilder sb = new StringBuilder(16);
    while (v != 0) {
      sb.append(ALPHABET[(int) (v % 62)]);
      v = Math.floor(v / 62);
    }
    return sb.reverse().toString();
  }

  /**
   * Inverse of {@link #encodeInteger(long)}: optional leading {@code -}, then one or more alphabet
   * characters.
   *
   * @throws IllegalArgumentException for an empty string, a bare {@code -}, a character outside the
   *     alphabet (s3db.js yields NaN there; for "" it yields 0, but its hooks never decode "") or a
   *     value outside the long range
   */
  public static long decodeInteger(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    boolean negative = start == 1;
    if (s.length() == start) {
      throw new IllegalArgumentException("not a base62 integer: \"" + s + "\"");
    }
    long acc = 0; // accumulated negatively so that Long.MIN_VALUE fits
    for (int i = start; i < s.length(); i++) {
      int d = valueOf(s.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException("not a base62 integer: \"" + s + "\"");
      }
      try {
        acc = Math.subtractExact(Math.multiplyExact(acc, 62), d);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("base62 integer out of long range: \"" + s + "\"", e);
      }
    }
    if (negative) {
      return acc;
    }
    if (acc == Long.MIN_VALUE) {
      throw new IllegalArgumentException("base62 integer out of long range: \"" + s + "\"");
    }
    return -acc;
  }
}
