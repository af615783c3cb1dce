package io.s3db.internal;

import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.ids.IdGenerator;
import io.s3db.ids.NanoIds;
import io.s3db.internal.format.Surrogates;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Record ids: generated like s3db.js's, and checked so that every id maps to exactly one object
 * key.
 */
final class Ids {
  private Ids() {}

  /** A nanoid as s3db.js generates them (FORMAT.md §7). */
  static String generate(int size) {
    return NanoIds.generate(size);
  }

  /**
   * The id {@code generator} made for {@code record}, held to the rules of given ids: a generator
   * that returns null or an id that would not map to its own key fails the insert here, before any
   * request, naming itself and the value.
   */
  static <T> String generate(String resource, IdGenerator<? super T> generator, T record) {
    String id = generator.newId(record);
    String name = generator.getClass().getName();
    if (id == null) {
      throw new ValidationException(
          resource,
          null,
          List.of(
              new Violation(
                  "id", "generated", "the IdGenerator " + name + " returned null", null)));
    }
    String problem = problem(id);
    if (problem != null) {
      throw new ValidationException(
          resource,
          null,
          List.of(
              new Violation(
                  "id",
                  "generated",
                  "the id the IdGenerator " + name + " returned " + problem,
                  Surrogates.escaped(id))));
    }
    return id;
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
          resource, null, List.of(new Violation("id", "id", problem, Surrogates.escaped(id))));
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
    return Surrogates.isWellFormed(id)
        ? null
        : "must not contain an unpaired surrogate (no UTF-8 form; S3 would receive '?' in its place)";
  }
}
