package io.s3db.internal.format;

import java.math.BigInteger;

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
 * <p>The digits come from a port of Ryu (Ulf Adams, PLDI 2018), which yields the shortest digit
 * string that parses back to the same double and, among those, the one closest to the exact binary
 * value (ties to even) — exactly what ECMAScript Number::toString requires. The 128-bit power-of-5
 * tables are computed once at class initialisation with {@link BigInteger}; a call costs well under
 * a microsecond, and integers below 2⁵³ take a shortcut through {@link Long#toString(long)}.
 */
public final class JsNumber {
  private JsNumber() {}

  private static final int POW5_INV_BITCOUNT = 125;
  private static final int POW5_BITCOUNT = 125;
  private static final int POW5_INV_TABLE_SIZE = 342;
  private static final int POW5_TABLE_SIZE = 326;
  private static final long[] POW5_INV_LO = new long[POW5_INV_TABLE_SIZE];
  private static final long[] POW5_INV_HI = new long[POW5_INV_TABLE_SIZE];
  private static final long[] POW5_LO = new long[POW5_TABLE_SIZE];
  private static final long[] POW5_HI = new long[POW5_TABLE_SIZE];

  static {
    BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    BigInteger five = BigInteger.valueOf(5);
    for (int i = 0; i < POW5_INV_TABLE_SIZE; i++) {
      BigInteger pow = five.pow(i);
      int j = pow.bitLength() - 1 + POW5_INV_BITCOUNT;
      BigInteger inv = BigInteger.ONE.shiftLeft(j).divide(pow).add(BigInteger.ONE);
      POW5_INV_LO[i] = inv.and(mask).longValue();
      POW5_INV_HI[i] = inv.shiftRight(64).longValue();
    }
    for (int i = 0; i < POW5_TABLE_SIZE; i++) {
      BigInteger pow = five.pow(i);
      int shift = pow.bitLength() - POW5_BITCOUNT;
      BigInteger split = shift >= 0 ? pow.shiftRight(shift) : pow.shiftLeft(-shift);
      POW5_LO[i] = split.and(mask).longValue();
      POW5_HI[i] = split.shiftRight(64).longValue();
    }
  }

  private static final double TWO_53 = 9007199254740992.0;

  /**
   * JS {@code String(x)}: shortest round-trip digits; plain notation when the decimal exponent n
   * (value = 0.d₁d₂… × 10ⁿ) satisfies -6 &lt; n ≤ 21, otherwise {@code d[.ddd]e±x}; {@code -0}
   * gives {@code "0"}; {@code NaN}, {@code Infinity}, {@code -Infinity}.
   */
  public static String toString(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (x == 0) {
      return "0";
    }
    if (x == Double.POSITIVE_INFINITY) {
      return "Infinity";
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return "-Infinity";
    }
    // Integers below 2^53 print as themselves (their digits are the unique shortest form).
    if (x > -TWO_53 && x < TWO_53) {
      long asLong = (long) x;
      if (asLong == x) {
        return Long.toString(asLong);
      }
    }
    long bits = Double.doubleToRawLongBits(x);
    boolean negative = bits < 0;
    int ieeeExponent = (int) ((bits >>> 52) & 0x7FF);
    long ieeeMantissa = bits & 0xFFFFFFFFFFFFFL;

    // ---- Ryu d2d: shortest decimal output × 10^exp10 ----
    int e2;
    long m2;
    if (ieeeExponent == 0) {
      e2 = 1 - 1023 - 52 - 2;
      m2 = ieeeMantissa;
    } else {
      e2 = ieeeExponent - 1023 - 52 - 2;
      m2 = (1L << 52) | ieeeMantissa;
    }
    boolean even = (m2 & 1) == 0;
    boolean acceptBounds = even;
    long mv = 4 * m2;
    int mmShift = (ieeeMantissa != 0 || ieeeExponent <= 1) ? 1 : 0;

    long vr;
    long vp;
    long vm;
    int e10;
    boolean vmIsTrailingZeros = false;
    boolean vrIsTrailingZeros = false;
    if (e2 >= 0) {
      int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
      e10 = q;
      int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
      int i = -e2 + q + k;
      long lo = POW5_INV_LO[q];
      long hi = POW5_INV_HI[q];
      vr = mulShift64(4 * m2, lo, hi, i);
      vp = mulShift64(4 * m2 + 2, lo, hi, i);
      vm = mulShift64(4 * m2 - 1 - mmShift, lo, hi, i);
      if (q <= 21) {
        int mvMod5 = (int) (mv % 5);
        if (mvMod5 == 0) {
          vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
        } else if (acceptBounds) {
          vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
        } else {
          vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
        }
      }
    } else {
      int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
      e10 = q + e2;
      int i = -e2 - q;
      int k = pow5bits(i) - POW5_BITCOUNT;
      int j = q - k;
      long lo = POW5_LO[i];
      long hi = POW5_HI[i];
      vr = mulShift64(4 * m2, lo, hi, j);
      vp = mulShift64(4 * m2 + 2, lo, hi, j);
      vm = mulShift64(4 * m2 - 1 - mmShift, lo, hi, j);
      if (q <= 1) {
        vrIsTrailingZeros = true;
        if (acceptBounds) {
          vmIsTrailingZeros = mmShift == 1;
        } else {
          --vp;
        }
      } else if (q < 63) {
        vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
      }
    }

    int removed = 0;
    int lastRemovedDigit = 0;
    long output;
    if (vmIsTrailingZeros || vrIsTrailingZeros) {
      while (true) {
        long vpDiv10 = vp / 10;
        long vmDiv10 = vm / 10;
        if (vpDiv10 <= vmDiv10) {
          break;
        }
        int vmMod10 = (int) (vm - 10 * vmDiv10);
        long vrDiv10 = vr / 10;
        int vrMod10 = (int) (vr - 10 * vrDiv10);
        vmIsTrailingZeros &= vmMod10 == 0;
        vrIsTrailingZeros &= lastRemovedDigit == 0;
        lastRemovedDigit = vrMod10;
        vr = vrDiv10;
        vp = vpDiv10;
        vm = vmDiv10;
        ++removed;
      }
      if (vmIsTrailingZeros) {
        while (true) {
          long vmDiv10 = vm / 10;
          int vmMod10 = (int) (vm - 10 * vmDiv10);
          if (vmMod10 != 0) {
            break;
          }
          long vpDiv10 = vp / 10;
          long vrDiv10 = vr / 10;
          int vrMod10 = (int) (vr - 10 * vrDiv10);
          vrIsTrailingZeros &= lastRemovedDigit == 0;
          lastRemovedDigit = vrMod10;
          vr = vrDiv10;
          vp = vpDiv10;
          vm = vmDiv10;
          ++removed;
        }
      }
      if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
        lastRemovedDigit = 4; // exactly halfway: round to even
      }
      output =
          vr
              + (((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5)
                  ? 1
                  : 0);
    } else {
      boolean roundUp = false;
      long vpDiv100 = vp / 100;
      long vmDiv100 = vm / 100;
      if (vpDiv100 > vmDiv100) {
        long vrDiv100 = vr / 100;
        int vrMod100 = (int) (vr - 100 * vrDiv100);
        roundUp = vrMod100 >= 50;
        vr = vrDiv100;
        vp = vpDiv100;
        vm = vmDiv100;
        removed += 2;
      }
      while (true) {
        long vpDiv10 = vp / 10;
        long vmDiv10 = vm / 10;
        if (vpDiv10 <= vmDiv10) {
          break;
        }
        long vrDiv10 = vr / 10;
        int vrMod10 = (int) (vr - 10 * vrDiv10);
        roundUp = vrMod10 >= 5;
        vr = vrDiv10;
        vp = vpDiv10;
        vm = vmDiv10;
        ++removed;
      }
      output = vr + ((vr == vm || roundUp) ? 1 : 0);
    }
    int exp = e10 + removed;
    while (output % 10 == 0) {
      output /= 10;
      exp++;
    }
    return format(negative, output, exp);
  }

  /**
   * Lays out {@code digits × 10^exp} with the ECMAScript Number::toString rules (ES2023
   * §6.1.6.1.20).
   */
  private static String format(boolean negative, long digits, int exp) {
    String d = Long.toString(digits);
    int k = d.length();
    int n = exp + k;
    StringBuilder sb = new StringBuilder(k + 8);
    if (negative) {
      sb.append('-');
    }
    if (k <= n && n <= 21) {
      sb.append(d);
      for (int i = 0; i < n - k; i++) {
        sb.append('0');
      }
    } else if (0 < n && n <= 21) {
      sb.append(d, 0, n).append('.').append(d, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.");
      for (int i = 0; i < -n; i++) {
        sb.append('0');
      }
      sb.append(d);
    } else {
      int e = n - 1;
      sb.append(d.charAt(0));
      if (k > 1) {
        sb.append('.').append(d, 1, k);
      }
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }

  private static int pow5bits(int e) {
    return ((e * 1217359) >>> 19) + 1;
  }

  private static int log10Pow2(int e) {
    return (e * 78913) >>> 18;
  }

  private static int log10Pow5(int e) {
    return (e * 732923) >>> 20;
  }

  private static boolean multipleOfPowerOf5(long value, int p) {
    int count = 0;
    while (value > 0 && value % 5 == 0) {
      value /= 5;
      count++;
      if (count >= p) {
        return true;
      }
    }
    return count >= p;
  }

  private static boolean multipleOfPowerOf2(long value, int p) {
    return (value & ((1L << p) - 1)) == 0;
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /**
   * ((m × (hi·2⁶⁴ + lo)) >> j) for 0 ≤ m &lt; 2⁵⁵ and 64 &lt; j &lt; 128, as in Ryu's mulShift64.
   */
  private static long mulShift64(long m, long lo, long hi, int j) {
    long b0hi = unsignedMultiplyHigh(m, lo);
    long b2lo = m * hi;
    long b2hi = unsignedMultiplyHigh(m, hi);
    long sumLo = b0hi + b2lo;
    long sumHi = b2hi + (Long.compareUnsigned(sumLo, b0hi) < 0 ? 1 : 0);
    int dist = j - 64;
    return (sumHi << (64 - dist)) | (sumLo >>> dist);
  }

  /**
   * JS {@code Number(s)} (ECMAScript StringToNumber): surrounding JS white space is ignored; the
   * empty string is 0; {@code [+-]Infinity}; decimal literals with optional fraction and exponent
   * ({@code 1.}, {@code .5}, {@code 1e+21}); {@code 0x}/{@code 0o}/{@code 0b} integers without
   * sign. Anything else is {@code NaN} — including Java-only forms such as {@code 1d}, {@code NaN}
   * or {@code 0x1p3}.
   */
  public static double parse(String s) {
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
