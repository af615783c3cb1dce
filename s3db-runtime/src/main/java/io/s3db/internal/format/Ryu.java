package io.s3db.internal.format;

import java.math.BigInteger;

/**
 * The shortest decimal digits of a double, for {@link NumberToString}: a port of Ryu (Ulf Adams,
 * PLDI 2018), which yields the shortest digit string that parses back to the same double and, among
 * those, the one closest to the exact binary value (ties to even) — exactly what ECMAScript
 * Number::toString requires. The 128-bit power-of-5 tables are computed once at class
 * initialisation with {@link BigInteger}.
 */
final class Ryu {
  private Ryu() {}

  /** {@code digits × 10^exponent}, with {@code digits} free of trailing zeros. */
  record Decimal(long digits, int exponent) {}

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

  /** The shortest round-trip decimal of {@code |x|}, for a finite, non-zero {@code x}. */
  static Decimal shortest(double x) {
    long bits = Double.doubleToRawLongBits(x);
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
    return new Decimal(output, exp);
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
}
