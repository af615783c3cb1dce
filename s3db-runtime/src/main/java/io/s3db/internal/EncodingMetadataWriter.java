package io.s3db.internal;

import io.s3db.internal.format.Base62;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.spi.MetadataWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects a record's metadata as it will be sent: stored keys, values in the s3db.js 21.x type encoding
 * and then its client encoding ({@code u:}/{@code b:}/{@code d:}), so the map is byte-for-byte what
 * lands in S3 and what AWS counts against its 2 KB.
 */
final class EncodingMetadataWriter implements MetadataWriter {
  private final KeyMapping keys;
  private final Map<String, String> values = new LinkedHashMap<>();

  EncodingMetadataWriter(KeyMapping keys) {
    this.keys = keys;
  }

  @Override
  public void putString(String key, String value) {
    put(key, value);
  }

  @Override
  public void putInteger(String key, long value) {
    put(key, Base62.encodeInteger(value));
  }

  @Override
  public void putDecimal(String key, double value) {
    put(key, Base62.encodeDecimal(value));
  }

  @Override
  public void putBoolean(String key, boolean value) {
    put(key, value ? "1" : "0");
  }

  @Override
  public void putEmptyObject(String key) {
    put(key, "{}");
  }

  private void put(String codecKey, String value) {
    values.put(keys.stored(codecKey), ClientEncoding.encode(value));
  }

  /** Stored key → encoded value, in the order the codec wrote them. */
  Map<String, String> values() {
    return values;
  }
}
