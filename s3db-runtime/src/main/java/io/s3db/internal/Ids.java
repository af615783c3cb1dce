package io.s3db.internal;

import com.aventrix.jnanoid.jnanoid.NanoIdUtils;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.spi.Checks;
import java.security.SecureRandom;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Record ids: generated like s3db.js's, and checked so that every id maps to exactly one object
 * key.
 */
final class Ids {
  private Ids() {}

  /** nanoid's URL alphabet in nanoid's own order, as s3db.js uses it (FORMAT.md §7). */
  private static final char[] URL_ALPHABET =
      "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  static String generate(int size) {
    return NanoIdUtils.randomNanoId(RANDOM, URL_ALPHABET, size);
  }

  /**
   * Rejects ids that s3db.js would turn into a different key ({@code path.join} collapses {@code
   * ..} and {@code /} nests keys) or that it refuses ({@code / \ = %}), instead of silently
   * normalising them; and ids with an unpaired surrogate, which have no UTF-8 form: the SDK would
   * send {@code ?} instead, so "s" + U+D800 + "t" would be stored as {@code s?t}.
   */
  static void check(String resource, String id) {
    String problem = problem(id);
    if (problem != null) {
      throw new ValidationException(
          resource, null, List.of(new Violation("id", "id", problem, Checks.escaped(id))));
    }
  }

  private static @Nullable String problem(String id) {
    if (id.isEmpty()) {
      return "must not be empty";
    }
    if (id.contains("..")) {
      return "must not contain '..'";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '/' || c == '\\' || c == '=' || c == '%') {
        return "must not contain '" + c + "'";
      }
      if (c < 0x20 || c == 0x7f) {
        return "must not contain control characters";
      }
    }
    if (id.equals(".")) {
      return "must not be '.'";
    }
    return Checks.isWellFormed(id)
        ? null
        : "must not contain an unpaired surrogate (no UTF-8 form; S3 would receive '?' in its place)";
  }
}
