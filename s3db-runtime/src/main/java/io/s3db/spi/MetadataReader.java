package io.s3db.spi;

import org.jspecify.annotations.Nullable;

/**
 * Gives the generated codec the fields of one stored object. {@code path} arguments name the field in
 * error messages ({@code profile.city}); they are never used to look anything up.
 */
public interface MetadataReader {

  /** Whether the key holds a value (absent keys and the s3db.js {@code null}/{@code undefined} markers do not). */
  boolean has(String key);

  /** Whether any of the keys holds a value: tells a stored nested record from an absent one. */
  boolean hasAny(String... keys);

  @Nullable String string(String key);

  String requireString(String key, String path);

  int requireInt(String key, String path);

  long requireLong(String key, String path);

  double requireDouble(String key, String path);

  boolean requireBoolean(String key, String path);
}
