package io.s3db.internal.format;

/**
 * JavaScript's {@code Number.prototype.toString()}: the {@link Ryu} digits laid out with the
 * ECMAScript rules.
 */
final class NumberToString {
  private NumberToString() {}

  private static final double TWO_53 = 9007199254740992.0;

  /** {@link JsNumber#toString(double)}, which states the rules. */
  static String toString(double x) {
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
    Ryu.Decimal shortest = Ryu.shortest(x);
    return format(x < 0, shortest.digits(), shortest.exponent());
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
}
