package io.s3db.internal.format;

/**
 * Metadata keys of mapped attributes: the lowercase base36 of the attribute's index in the
 * catalog's {@code schemaRegistry} (FORMAT.md §4.1 step 4, §2.2; s3db.js {@code encodeKey}). 0 →
 * {@code 0}, 10 → {@code a}, 35 → {@code z}, 36 → {@code 10}, 1296 → {@code 100}.
 */
public final class Base36 {
  private Base36() {}

  /**
   * The key for attribute index {@code index}.
   *
   * @throws IllegalArgumentException for a negative index (s3db.js never assigns one)
   */
  public static String of(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative attribute index: " + index);
    }
    return Integer.toString(index, 36);
  }

  /**
   * The index a key stands for: one or more of {@code 0-9a-z}.
   *
   * @throws IllegalArgumentException for anything else (upper case, signs, empty) or an index
   *     beyond the int range
   */
  public static int parse(String key) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("not a base36 key: \"\"");
    }
    long value = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
      if (d < 0) {
        throw new IllegalArgumentException("not a base36 key: \"" + key + "\"");
      }
      value = value * 36 + d;
      if (value > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("base36 key out of range: \"" + key + "\"");
      }
    }
    return (int) value;
  }
}
