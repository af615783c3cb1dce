package io.s3db.spi;

/**
 * One leaf of a resource's schema: its dotted path ({@code profile.city}), its s3db.js rule string
 * ({@code string|optional}, {@code number|integer}) and what the runtime needs to know of its
 * stored value. The rule is for the catalog, which s3db.js reads; the runtime reads the flags. The
 * order of a resource's attributes is the record's declaration order, which fixes the metadata keys
 * of a fresh resource (FORMAT.md §4.1).
 *
 * @param secret whether the value is a {@code @Secret}, encrypted at rest: the resource needs a
 *     passphrase
 * @param truncatable whether the value is free text, the only kind {@code truncate-data} may cut
 *     (an enum's name or a decimal's digits cut short would read as another value)
 */
public record Attribute(String path, String rule, boolean secret, boolean truncatable) {

  /** A value stored encoded (a number, a date, a collection, JSON), which is never cut. */
  public static Attribute of(String path, String rule) {
    return new Attribute(path, rule, false, false);
  }

  /** A value stored as its plain text. */
  public static Attribute text(String path, String rule) {
    return new Attribute(path, rule, false, true);
  }

  /** A {@code @Secret}. */
  public static Attribute encrypted(String path, String rule) {
    return new Attribute(path, rule, true, false);
  }
}
