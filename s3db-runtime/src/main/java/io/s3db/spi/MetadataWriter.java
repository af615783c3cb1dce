package io.s3db.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Receives a record's fields as the generated codec walks them. Keys are the codec's precomputed
 * abbreviations; values are encoded exactly as s3db.js 21.x stores them (FORMAT.md §4.2, §4.3). A
 * field that is absent (a null {@code @Nullable} value) is simply not written.
 */
public interface MetadataWriter {

  void putString(String key, String value);

  /** Integers in base62 ({@code 34 -> "y"}). */
  void putInteger(String key, long value);

  /**
   * A float as its shortest decimal form ({@code 0.1f -> "0.1"}), so s3db.js reads the number you
   * wrote.
   */
  void putFloat(String key, float value);

  /**
   * Non-integral numbers: base62 integer part, then the JavaScript fraction digits ({@code 97.5 ->
   * "1z.5"}).
   */
  void putDecimal(String key, double value);

  /** {@code "1"} or {@code "0"}. */
  void putBoolean(String key, boolean value);

  /** s3db.js's packed {@code uuid}: four 8-hex-digit groups, each as 6 base62 digits. */
  void putUuid(String key, UUID value);

  /** s3db.js's {@code datetime}: base62 milliseconds since the epoch. */
  void putDatetime(String key, Instant value);

  /** s3db.js's {@code dateonly}: base62 days since the epoch. */
  void putDateOnly(String key, LocalDate value);

  /** {@code array|items:string}: items joined with {@code |}, {@code |} and {@code \} escaped. */
  void putStrings(String key, Collection<String> values);

  /** {@code array|items:number|integer:true}: base62 integers joined with {@code |}. */
  void putIntegers(String key, Collection<? extends Number> values);

  /** {@code array|items:number}: base62 decimals joined with {@code |}. */
  void putDecimals(String key, Collection<? extends Number> values);

  /** {@code array|items:boolean}: JSON, as s3db.js stores arrays it has no packing for. */
  void putBooleans(String key, Collection<Boolean> values);

  /**
   * {@code json}: a {@code JsonNode} or a {@code Map<String, ?>} of JSON-like values, as JSON text.
   */
  void putJson(String key, Object value);

  /**
   * {@code secret}: AES-256-GCM under the database passphrase, as s3db.js encrypts (FORMAT.md
   * §4.4).
   */
  void putSecret(String key, String plaintext);

  /**
   * A nested record whose fields are all absent, stored as {@code {}} under the object's own key.
   */
  void putEmptyObject(String key);
}
