package io.s3db.internal.format;

import java.util.UUID;

/**
 * s3db.js's packed {@code uuid} (21.x): the 32 hex digits as four 32-bit groups, each written in
 * base62 left-padded to 6 characters, 24 characters in all ({@code
 * 550e8400-e29b-41d4-a716-446655440000} → {@code 1yzBHq49i4y833Iawe1yOjy8}).
 */
public final class Uuids {
  private Uuids() {}

  public static String encode(UUID uuid) {
    StringBuilder out = new StringBuilder(24);
    long[] halves = {uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()};
    for (long half : halves) {
      group(out, half >>> 32);
      group(out, half & 0xffffffffL);
    }
    return out.toString();
  }

  private static void group(StringBuilder out, long value) {
    String digits = Base62.encodeInteger(value);
    out.append("0".repeat(6 - digits.length())).append(digits);
  }

  /** The packed form, or (as s3db.js accepts) a canonical hyphenated UUID. */
  public static UUID decode(String stored) {
    if (stored.length() == 36 && stored.indexOf('-') > 0) {
      return parse(stored);
    }
    if (stored.length() != 24) {
      throw new IllegalArgumentException("a packed uuid has 24 characters, not " + stored.length());
    }
    long[] groups = new long[4];
    for (int i = 0; i < 4; i++) {
      long group = Base62.decodeInteger(stored.substring(i * 6, i * 6 + 6));
      if (group < 0 || group > 0xffffffffL) {
        throw new IllegalArgumentException(
            "uuid group out of range: " + stored.substring(i * 6, i * 6 + 6));
      }
      groups[i] = group;
    }
    return new UUID(groups[0] << 32 | groups[1], groups[2] << 32 | groups[3]);
  }

  /**
   * The canonical text form only, {@code 8-4-4-4-12} hex digits of either case. {@code
   * UUID.fromString} also takes {@code 1-1-1-1-1} (as {@code 00000001-0001-0001-0001-000000000001})
   * and signed groups, which would turn a malformed value into some other UUID.
   */
  public static UUID parse(String text) {
    if (text.length() != 36) {
      throw new IllegalArgumentException("a uuid has 36 characters, not " + text.length());
    }
    long[] halves = new long[2];
    int digits = 0;
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          throw new IllegalArgumentException("not a uuid: no '-' at " + i);
        }
        continue;
      }
      int d = c < 128 ? Character.digit(c, 16) : -1;
      if (d < 0) {
        throw new IllegalArgumentException("not a uuid: '" + c + "' is no hex digit");
      }
      halves[digits / 16] = halves[digits / 16] << 4 | d;
      digits++;
    }
    return new UUID(halves[0], halves[1]);
  }
}
