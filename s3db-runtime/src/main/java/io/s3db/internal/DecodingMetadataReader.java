package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.CodecException;
import io.s3db.S3dbConfigurationException;
import io.s3db.SecretException;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Floats;
import io.s3db.internal.format.PipeArrays;
import io.s3db.internal.format.Uuids;
import io.s3db.spi.MetadataReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one stored object's metadata for the generated codec: undoes the client encoding and the type
 * encoding, and turns every missing or malformed value into a {@link CodecException} that names the
 * record, the stored key and the field.
 */
final class DecodingMetadataReader implements MetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> metadata;
  private final KeyMapping keys;
  private final @Nullable SecretCipher cipher;
  private final String resource;
  private final String id;
  /** s3db.js 6.0.0's value format: raw (or RFC 2047) text, decimal numbers, {@code []} for empty arrays. */
  private final boolean legacy;

  /** @param metadata user metadata as S3 returns it (lower-case keys, encoded values) */
  DecodingMetadataReader(Map<String, String> metadata, KeyMapping keys, @Nullable SecretCipher cipher,
      String resource, String id) {
    this(metadata, keys, cipher, resource, id, false);
  }

  /** @param legacy whether the object was written by s3db.js 6.0.0 (FORMAT.md §0.3, §4.2) */
  DecodingMetadataReader(Map<String, String> metadata, KeyMapping keys, @Nullable SecretCipher cipher,
      String resource, String id, boolean legacy) {
    this.legacy = legacy;
    this.metadata = metadata;
    this.keys = keys;
    this.cipher = cipher;
    this.resource = resource;
    this.id = id;
  }

  /** A value converter that may throw on malformed input. */
  private interface Parser<T> {
    T parse(String value) throws Exception;
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
    if (raw == null) {
      return null;
    }
    return legacy ? LegacyValues.text(raw) : ClientEncoding.decode(raw);
  }

  @Override
  public String requireString(String key, String path) {
    String value = string(key);
    if (value == null) {
      throw new CodecException(where(key, path) + " is missing but the field is not @Nullable. Make the field"
          + " @Nullable, or give the stored record a value.", resource, id, null);
    }
    return value;
  }

  @Override
  public byte requireByte(String key, String path) {
    return (byte) integer(key, path, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  @Override
  public short requireShort(String key, String path) {
    return (short) integer(key, path, Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  @Override
  public int requireInt(String key, String path) {
    return (int) integer(key, path, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  @Override
  public long requireLong(String key, String path) {
    return integer(key, path, Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  @Override
  public float requireFloat(String key, String path) {
    return parse(key, path, "a base62 number", Floats::decode);
  }

  @Override
  public double requireDouble(String key, String path) {
    return parse(key, path, "a base62 number", this::decimal);
  }

  /** As s3db.js reads booleans: {@code 1 true yes y} are true, anything else false (FORMAT.md §4.2). */
  @Override
  public boolean requireBoolean(String key, String path) {
    return isTrue(requireString(key, path));
  }

  private static boolean isTrue(String value) {
    return value.equals("1") || value.equals("true") || value.equals("yes") || value.equals("y");
  }

  @Override
  public BigDecimal requireBigDecimal(String key, String path) {
    return parse(key, path, "a decimal number", BigDecimal::new);
  }

  @Override
  public <E> E requireEnum(String key, String path, Function<String, E> valueOf) {
    return parse(key, path, "one of the enum's constants", valueOf::apply);
  }

  @Override
  public UUID requireUuid(String key, String path) {
    return parse(key, path, "a packed uuid", Uuids::decode);
  }

  @Override
  public Instant requireInstant(String key, String path) {
    return parse(key, path, "a base62 datetime", Dates::decodeDatetime);
  }

  @Override
  public OffsetDateTime requireOffsetDateTime(String key, String path) {
    return OffsetDateTime.ofInstant(requireInstant(key, path), ZoneOffset.UTC);
  }

  @Override
  public LocalDate requireLocalDate(String key, String path) {
    return parse(key, path, "a base62 dateonly", Dates::decodeDateOnly);
  }

  @Override
  public List<String> strings(String key) {
    String value = string(key);
    if (value == null || legacy && value.equals("[]")) {
      return List.of();
    }
    return Collections.unmodifiableList(PipeArrays.split(value));
  }

  @Override
  public List<Byte> bytes(String key, String path) {
    return items(key, path, "byte", v -> (byte) checkedInteger(v, Byte.MIN_VALUE, Byte.MAX_VALUE));
  }

  @Override
  public List<Short> shorts(String key, String path) {
    return items(key, path, "short", v -> (short) checkedInteger(v, Short.MIN_VALUE, Short.MAX_VALUE));
  }

  @Override
  public List<Integer> ints(String key, String path) {
    return items(key, path, "int", v -> (int) checkedInteger(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public List<Long> longs(String key, String path) {
    return items(key, path, "long", this::integer);
  }

  @Override
  public List<Float> floats(String key, String path) {
    return items(key, path, "number", Floats::decode);
  }

  @Override
  public List<Double> doubles(String key, String path) {
    return items(key, path, "number", this::decimal);
  }

  @Override
  public List<Boolean> booleans(String key, String path) {
    String value = string(key);
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    JsonNode array = parse(key, path, "a JSON array of booleans", JSON::readTree);
    List<Boolean> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      items.add(item.isBoolean() ? item.booleanValue() : isTrue(item.asText()));
    }
    return Collections.unmodifiableList(items);
  }

  @Override
  public List<BigDecimal> bigDecimals(String key, String path) {
    return texts(key, path, "decimal numbers", BigDecimal::new);
  }

  @Override
  public List<UUID> uuids(String key, String path) {
    return texts(key, path, "uuids", UUID::fromString);
  }

  @Override
  public <E> List<E> enums(String key, String path, Function<String, E> valueOf) {
    return texts(key, path, "the enum's constants", valueOf::apply);
  }

  @Override
  public JsonNode requireJson(String key, String path) {
    return parse(key, path, "JSON", JSON::readTree);
  }

  @Override
  public Map<String, Object> requireJsonMap(String key, String path) {
    JsonNode node = requireJson(key, path);
    if (!node.isObject()) {
      throw malformed(key, path, node.toString(), "a JSON object");
    }
    return JsonValues.toMap(node);
  }

  @Override
  public List<JsonNode> jsonItems(String key, String path) {
    String value = string(key);
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    JsonNode array = parse(key, path, "a JSON array", JSON::readTree);
    if (!array.isArray()) {
      throw malformed(key, path, value, "a JSON array");
    }
    List<JsonNode> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw malformed(key, path, value, "a JSON array of objects");
      }
      items.add(item);
    }
    return Collections.unmodifiableList(items);
  }

  @Override
  public Map<String, String> requireStringMap(String key, String path) {
    JsonNode node = requireJson(key, path);
    Map<String, String> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual()) {
        throw malformed(key, path, node.toString(), "a JSON object of strings");
      }
      map.put(e.getKey(), e.getValue().textValue());
    });
    if (!node.isObject()) {
      throw malformed(key, path, node.toString(), "a JSON object of strings");
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String requireSecret(String key, String path) {
    String secret = secret(key, path);
    if (secret == null) {
      throw new CodecException(where(key, path) + " holds no secret but the field is not @Nullable.", resource, id,
          null);
    }
    return secret;
  }

  @Override
  public @Nullable String secret(String key, String path) {
    String stored = string(key);
    if (stored == null) {
      return null;
    }
    if (cipher == null) {
      throw new S3dbConfigurationException("Cannot read " + path + " of resource '" + resource + "': it is a"
          + " secret and the database has no passphrase.");
    }
    String plaintext;
    try {
      plaintext = cipher.decrypt(stored);
    } catch (SecretException e) {
      throw e.at(resource, id, path);
    }
    return plaintext.equals("undefined") || plaintext.equals("null") ? null : plaintext;
  }

  private long integer(String key, String path, long min, long max, String type) {
    String value = requireString(key, path);
    long parsed;
    try {
      parsed = integer(value);
    } catch (IllegalArgumentException e) {
      throw malformed(key, path, value, "a base62 integer");
    }
    if (parsed < min || parsed > max) {
      throw malformed(key, path, value, "a " + type + " (out of range)");
    }
    return parsed;
  }

  private long checkedInteger(String value, long min, long max) {
    long parsed = integer(value);
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException("out of range");
    }
    return parsed;
  }

  private <T> T parse(String key, String path, String expected, Parser<T> parser) {
    String value = requireString(key, path);
    try {
      return parser.parse(value);
    } catch (Exception e) {
      throw malformed(key, path, value, expected);
    }
  }

  /** {@code |}-separated items in s3db.js's packed number forms. */
  /** An integer in this object's format: base62, or decimal for s3db.js 6.0.0. */
  private long integer(String value) {
    return legacy ? LegacyValues.integer(value) : Base62.decodeInteger(value);
  }

  private double decimal(String value) {
    return legacy ? Double.parseDouble(value) : Base62.decodeDecimal(value);
  }

  private <T> List<T> items(String key, String path, String expected, Parser<T> parser) {
    String value = string(key);
    if (value == null || value.isEmpty() || legacy && value.equals("[]")) {
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
  private <T> List<T> texts(String key, String path, String expected, Parser<T> parser) {
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

  private String where(String key, String path) {
    return "Cannot read resource '" + resource + "' id '" + id + "': key '" + keys.stored(key) + "' (" + path + ")";
  }

  private CodecException malformed(String key, String path, String value, String expected) {
    return new CodecException(where(key, path) + " holds '" + value + "', which is not " + expected + ".",
        resource, id, null);
  }
}
