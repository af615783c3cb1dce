package io.s3db.internal;

import io.s3db.CodecException;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.spi.MetadataReader;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one stored object's metadata for the generated codec: undoes the client encoding and the type
 * encoding, and turns every missing or malformed value into a {@link CodecException} that names the
 * record, the stored key and the field.
 */
final class DecodingMetadataReader implements MetadataReader {
  private final Map<String, String> metadata;
  private final KeyMapping keys;
  private final String resource;
  private final String id;

  /** @param metadata user metadata as S3 returns it (lower-case keys, encoded values) */
  DecodingMetadataReader(Map<String, String> metadata, KeyMapping keys, String resource, String id) {
    this.metadata = metadata;
    this.keys = keys;
    this.resource = resource;
    this.id = id;
  }

  @Override
  public boolean has(String key) {
    return string(key) != null;
  }

  @Override
  public boolean hasAny(String... keys) {
    for (String key : keys) {
      if (has(key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable String string(String key) {
    String raw = metadata.get(keys.stored(key));
    return raw == null ? null : ClientEncoding.decode(raw);
  }

  @Override
  public String requireString(String key, String path) {
    String value = string(key);
    if (value == null) {
      throw missing(key, path);
    }
    return value;
  }

  @Override
  public int requireInt(String key, String path) {
    long value = requireLong(key, path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw malformed(key, path, requireString(key, path), "out of the int range");
    }
    return (int) value;
  }

  @Override
  public long requireLong(String key, String path) {
    String value = requireString(key, path);
    try {
      return Base62.decodeInteger(value);
    } catch (IllegalArgumentException e) {
      throw malformed(key, path, value, "not a base62 integer");
    }
  }

  @Override
  public double requireDouble(String key, String path) {
    String value = requireString(key, path);
    try {
      return Base62.decodeDecimal(value);
    } catch (IllegalArgumentException e) {
      throw malformed(key, path, value, "not a base62 number");
    }
  }

  /** As s3db.js reads booleans: {@code 1 true yes y} are true, anything else false (FORMAT.md §4.2). */
  @Override
  public boolean requireBoolean(String key, String path) {
    String value = requireString(key, path);
    return value.equals("1") || value.equals("true") || value.equals("yes") || value.equals("y");
  }

  private CodecException missing(String key, String path) {
    return new CodecException("Cannot read resource '" + resource + "' id '" + id + "': key '"
        + keys.stored(key) + "' (" + path + ") is missing but the field is not @Nullable. Make the field"
        + " @Nullable, or give the stored record a value.", resource, id, null);
  }

  private CodecException malformed(String key, String path, String value, String problem) {
    return new CodecException("Cannot read resource '" + resource + "' id '" + id + "': key '"
        + keys.stored(key) + "' (" + path + ") holds '" + value + "', " + problem + ".", resource, id, null);
  }
}
