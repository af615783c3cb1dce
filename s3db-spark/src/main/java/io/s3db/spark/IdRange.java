package io.s3db.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The ids a read keeps, from the {@code id} comparisons Spark pushed: a lower and an upper bound,
 * each inclusive or not, compared as S3 orders keys (by their UTF-8 bytes, as Spark compares
 * strings too). Listing starts after {@link #listAfter()} and stops at {@link #listUpTo()}, S3's
 * {@code StartAfter} being exclusive; {@link #contains} then drops what those bounds let through.
 *
 * @param lower the smallest id kept, or null for none
 * @param lowerInclusive whether {@code lower} itself is kept
 * @param upper the greatest id kept, or null for none
 * @param upperInclusive whether {@code upper} itself is kept
 */
record IdRange(
    @Nullable String lower, boolean lowerInclusive, @Nullable String upper, boolean upperInclusive)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static final IdRange ALL = new IdRange(null, false, null, false);

  IdRange above(String id, boolean inclusive) {
    if (lower != null) {
      int c = compare(id, lower);
      if (c < 0 || (c == 0 && (inclusive || !lowerInclusive))) {
        return this; // the bound held is already as tight
      }
    }
    return new IdRange(id, inclusive, upper, upperInclusive);
  }

  IdRange below(String id, boolean inclusive) {
    if (upper != null) {
      int c = compare(id, upper);
      if (c > 0 || (c == 0 && (inclusive || !upperInclusive))) {
        return this;
      }
    }
    return new IdRange(lower, lowerInclusive, id, inclusive);
  }

  boolean isAll() {
    return lower == null && upper == null;
  }

  /**
   * Where S3 starts listing: after the lower bound, or, when it is inclusive, after its prefix one
   * character shorter (every id at or above the bound sorts after that prefix).
   */
  @Nullable String listAfter() {
    if (lower == null || !lowerInclusive) {
      return lower;
    }
    return lower.isEmpty()
        ? null
        : lower.substring(0, lower.offsetByCodePoints(lower.length(), -1));
  }

  @Nullable String listUpTo() {
    return upper;
  }

  boolean contains(String id) {
    if (lower != null) {
      int c = compare(id, lower);
      if (c < 0 || (c == 0 && !lowerInclusive)) {
        return false;
      }
    }
    if (upper != null) {
      int c = compare(id, upper);
      return c < 0 || (c == 0 && upperInclusive);
    }
    return true;
  }

  static int compare(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
