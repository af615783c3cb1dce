package io.s3db.ids;

import com.aventrix.jnanoid.jnanoid.NanoIdUtils;
import java.security.SecureRandom;

/**
 * Nanoids over nanoid's URL alphabet ({@code A-Za-z0-9_-}) in nanoid's own order, from {@code
 * SecureRandom}, as s3db.js generates them: s3db's default ids, of {@code @S3Resource(idSize)}
 * characters. Use it directly for ids of another length, or as part of your own ids.
 */
public final class NanoIds implements IdGenerator<Object> {
  /** The alphabet in nanoid's order, as s3db.js uses it (FORMAT.md §7). */
  private static final char[] URL_ALPHABET =
      "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  /** s3db.js's length: 22 characters, 132 random bits. */
  public static final int DEFAULT_SIZE = 22;

  private final int size;

  /** Ids of {@value #DEFAULT_SIZE} characters. */
  public NanoIds() {
    this(DEFAULT_SIZE);
  }

  /**
   * Ids of {@code size} characters.
   *
   * @param size characters per id, at least 1; each carries 6 random bits
   * @throws IllegalArgumentException if {@code size} is not positive
   */
  public NanoIds(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("nanoid size must be at least 1, not " + size);
    }
    this.size = size;
  }

  /**
   * A new random nanoid of {@code size} characters.
   *
   * @param size characters of the id, at least 1
   * @return the id, of URL-safe characters only
   * @throws IllegalArgumentException if {@code size} is not positive
   */
  public static String generate(int size) {
    return NanoIdUtils.randomNanoId(RANDOM, URL_ALPHABET, size);
  }

  @Override
  public String newId(Object record) {
    return generate(size);
  }

  /** {@return the characters per id this generator makes} */
  public int size() {
    return size;
  }
}
