package io.s3db.spi;

/**
 * Receives a record's fields as the generated codec walks them. Keys are the codec's precomputed
 * abbreviations; values are encoded exactly as s3db.js 21.x stores them (FORMAT.md §4.2, §4.3). A field
 * that is absent (a null {@code @Nullable} value) is simply not written.
 */
public interface MetadataWriter {

  void putString(String key, String value);

  /** Integers in base62 ({@code 34 -> "y"}). */
  void putInteger(String key, long value);

  /** Non-integral numbers: base62 integer part, then the JavaScript fraction digits ({@code 97.5 -> "1z.5"}). */
  void putDecimal(String key, double value);

  /** {@code "1"} or {@code "0"}. */
  void putBoolean(String key, boolean value);

  /** A nested record whose fields are all absent, stored as {@code {}} under the object's own key. */
  void putEmptyObject(String key);
}
