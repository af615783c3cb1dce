package io.s3db.internal;

import io.s3db.CodecException;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Floats;
import io.s3db.internal.format.PipeArrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stored values of one object as text, in its format (21.x's client encoding, or 6.0.0's raw
 * text and decimal numbers), and the one way a value that is missing or not of its type fails: a
 * {@link CodecException} naming the resource, the record, the stored key and the field. {@link
 * DecodingMetadataReader} builds the typed reads on it.
 */
abstract class StoredValues {
  // has, hasAny, string, requireString and strings implement MetadataReader's methods of those
  // names
  final Map<String, String> metadata;
  final KeyMapping keys;
  final @Nullable SecretCipher cipher;
  final String resource;
  final String id;

  /**
   * s3db.js 6.0.0's value format: raw (or RFC 2047) text, decimal numbers, {@code []} for empty
   * arrays.
   */
  final boolean legacy;

  /**
   * @param metadata user metadata as S3 returns it (lower-case keys, encoded values)
   * @param legacy whether the object was written by s3db.js 6.0.0 (FORMAT.md §0.3, §4.2)
   */
  StoredValues(
      Map<String, String> metadata,
      KeyMapping keys,
      @Nullable SecretCipher cipher,
      String resource,
      String id,
      boolean legacy) {
    this.legacy = legacy;
    this.metadata = metadata;
    this.keys = keys;
    this.cipher = cipher;
    this.resource = resource;
    this.id = id;
  }

  /** A value converter that may throw on malformed input. */
  interface Parser<T> {
    T parse(String value) throws Exception;
  }

  public boolean has(String key) {
    return string(key) != null;
  }

  public boolean hasAny(String... keys) {
    for (String key : keys) {
      if (has(key)) {
        return true;
      }
    }
    return false;
  }

  public @Nullable String string(String key) {
    String raw = metadata.get(keys.stored(key));
    if (raw == null) {
      return null;
    }
    if (!legacy) {
      return ClientEncoding.decode(raw);
    }
    try {
      return LegacyValues.text(raw);
    } catch (IllegalArgumentException e) {
      throw malformed(
          key,
          String.valueOf(keys.path(keys.stored(key))),
          raw,
          "text (a broken RFC 2047 encoded word)");
    }
  }

  public String requireString(String key, String path) {
    String value = string(key);
    if (value == null) {
      throw new CodecException(
          where(key, path)
              + " is missing but the field is not @Nullable. Make the field"
              + " @Nullable, or give the stored record a value.",
          resource,
          id,
          null);
    }
    return value;
  }

  public List<String> strings(String key) {
    String value = string(key);
    if (value == null || (legacy && value.equals("[]"))) {
      return List.of();
    }
    return Collections.unmodifiableList(PipeArrays.split(value));
  }

  long integer(String key, String path, long min, long max, String type) {
    String value = requireString(key, path);
    long parsed;
    try {
      parsed = integer(value);
    } catch (IllegalArgumentException e) {
      throw malformed(key, path, value, legacy ? "a decimal integer" : "a base62 integer");
    }
    if (parsed < min || parsed > max) {
      throw malformed(key, path, value, "a " + type + " (out of range)");
    }
    return parsed;
  }

  long checkedInteger(String value, long min, long max) {
    long parsed = integer(value);
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException("out of range");
    }
    return parsed;
  }

  <T> T parse(String key, String path, String expected, Parser<T> parser) {
    String value = requireString(key, path);
    try {
      return parser.parse(value);
    } catch (Exception e) {
      throw malformed(key, path, value, expected);
    }
  }

  /** An integer in this object's format: base62, or decimal for s3db.js 6.0.0. */
  long integer(String value) {
    return legacy ? LegacyValues.integer(value) : Base62.decodeInteger(value);
  }

  double decimal(String value) {
    return legacy ? LegacyValues.decimal(value) : Base62Decimal.decodeDecimal(value);
  }

  /** A float in this object's format; 6.0.0 wrote floats in decimal too. */
  float float32(String value) {
    return legacy ? Floats.narrow(LegacyValues.decimal(value)) : Floats.decode(value);
  }

  /** {@code |}-separated items in this object's number format. */
  <T> List<T> items(String key, String path, String expected, Parser<T> parser) {
    String value = string(key);
    if (value == null || value.isEmpty() || (legacy && value.equals("[]"))) {
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (String item : value.split("\\|", -1)) {
      try {
        items.add(parser.parse(item));
      } catch (Exception e) {
        throw malformed(key, path, value, "a |-separated list of " + expected + " values");
      }
    }
    return Collections.unmodifiableList(items);
  }

  /** A string array whose items are parsed. */
  <T> List<T> texts(String key, String path, String expected, Parser<T> parser) {
    List<T> items = new ArrayList<>();
    for (String item : strings(key)) {
      try {
        items.add(parser.parse(item));
      } catch (Exception e) {
        throw malformed(key, path, item, expected);
      }
    }
    return Collections.unmodifiableList(items);
  }

  String where(String key, String path) {
    return "Cannot read resource '"
        + resource
        + "' id '"
        + id
        + "': key '"
        + keys.stored(key)
        + "' ("
        + path
        + ")";
  }

  CodecException malformed(String key, String path, String value, String expected) {
    return new CodecException(
        where(key, path) + " holds '" + value + "', which is not " + expected + ".",
        resource,
        id,
        null);
  }
}
