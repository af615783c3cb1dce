package io.s3db.internal;

import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Floats;
import io.s3db.internal.format.JsJson;
import io.s3db.internal.format.PipeArrays;
import io.s3db.internal.format.Uuids;
import io.s3db.spi.MetadataWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Collects a record's metadata as it will be sent: stored keys, values in the s3db.js 21.x type
 * encoding and then its client encoding ({@code u:}/{@code b:}/{@code d:}), so the map is
 * byte-for-byte what lands in S3 and what AWS counts against its 2 KB.
 */
final class EncodingMetadataWriter implements MetadataWriter {
  private final KeyMapping keys;
  private final @Nullable SecretCipher cipher;
  private final Map<String, String> values;

  /**
   * @param cipher null when the database has no passphrase (no resource has secrets)
   */
  EncodingMetadataWriter(KeyMapping keys, @Nullable SecretCipher cipher) {
    this.keys = keys;
    this.cipher = cipher;
    // room for every field and _v without a rehash (the default 16 grows twice for 15 fields)
    this.values = new LinkedHashMap<>((keys.fieldCount() + 1) * 4 / 3 + 1);
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
  public void putFloat(String key, float value) {
    put(key, Floats.encode(value));
  }

  @Override
  public void putDecimal(String key, double value) {
    put(key, Base62Decimal.encodeDecimal(value));
  }

  @Override
  public void putBoolean(String key, boolean value) {
    put(key, value ? "1" : "0");
  }

  @Override
  public void putUuid(String key, UUID value) {
    put(key, Uuids.encode(value));
  }

  @Override
  public void putDatetime(String key, Instant value) {
    put(key, Dates.encodeDatetime(value));
  }

  @Override
  public void putDateOnly(String key, LocalDate value) {
    put(key, Dates.encodeDateOnly(value));
  }

  @Override
  public void putStrings(String key, Collection<String> items) {
    put(key, PipeArrays.join(List.copyOf(items)));
  }

  @Override
  public void putIntegers(String key, Collection<? extends Number> items) {
    List<String> encoded = new ArrayList<>(items.size());
    for (Number item : items) {
      encoded.add(Base62.encodeInteger(item.longValue()));
    }
    put(key, String.join("|", encoded));
  }

  @Override
  public void putDecimals(String key, Collection<? extends Number> items) {
    List<String> encoded = new ArrayList<>(items.size());
    for (Number item : items) {
      encoded.add(
          item instanceof Float f
              ? Floats.encode(f)
              : Base62Decimal.encodeDecimal(item.doubleValue()));
    }
    put(key, String.join("|", encoded));
  }

  @Override
  public void putBooleans(String key, Collection<Boolean> items) {
    put(key, JsJson.stringify(JsonValues.toNode(items)));
  }

  @Override
  public void putJson(String key, Object value) {
    put(key, JsJson.stringify(JsonValues.toNode(value)));
  }

  @Override
  public void putSecret(String key, String plaintext) {
    if (cipher == null) {
      throw new IllegalStateException(
          "no passphrase; DefaultS3db refuses resources with secrets without one");
    }
    put(key, cipher.encrypt(plaintext));
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
