package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.CodecException;
import io.s3db.S3dbConfigurationException;
import io.s3db.SecretException;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Decimals;
import io.s3db.internal.format.StrictJson;
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
 * Reads one stored object's metadata for the generated codec: undoes the client encoding and the
 * type encoding, and turns every missing or malformed value into a {@link CodecException} that
 * names the record, the stored key and the field.
 */
final class DecodingMetadataReader extends StoredValues implements MetadataReader {
  /**
   * @param metadata user metadata as S3 returns it (lower-case keys, encoded values)
   */
  DecodingMetadataReader(
      Map<String, String> metadata,
      KeyMapping keys,
      @Nullable SecretCipher cipher,
      String resource,
      String id) {
    this(metadata, keys, cipher, resource, id, false);
  }

  /**
   * @param legacy whether the object was written by s3db.js 6.0.0 (FORMAT.md §0.3, §4.2)
   */
  DecodingMetadataReader(
      Map<String, String> metadata,
      KeyMapping keys,
      @Nullable SecretCipher cipher,
      String resource,
      String id,
      boolean legacy) {
    super(metadata, keys, cipher, resource, id, legacy);
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
    return parse(key, path, legacy ? "a float" : "a base62 float", this::float32);
  }

  @Override
  public double requireDouble(String key, String path) {
    return parse(key, path, legacy ? "a number" : "a base62 number", this::decimal);
  }

  /**
   * {@code 1}/{@code 0} as s3db.js 21.x writes them, {@code true}/{@code false} as 6.0.0 did, and
   * the rest of s3db.js's true forms ({@code yes}, {@code y}) with their opposites. s3db.js reads
   * any other text as false (FORMAT.md §4.2); here it is refused, as it is no boolean at all.
   */
  @Override
  public boolean requireBoolean(String key, String path) {
    return parse(key, path, "a boolean (1 or 0)", DecodingMetadataReader::bool);
  }

  private static boolean bool(String value) {
    switch (value) {
      case "1", "true", "yes", "y" -> {
        return true;
      }
      case "0", "false", "no", "n" -> {
        return false;
      }
      default -> throw new IllegalArgumentException("not a boolean");
    }
  }

  @Override
  public BigDecimal requireBigDecimal(String key, String path) {
    return parse(key, path, "a decimal number", Decimals::parse);
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
  public List<Byte> bytes(String key, String path) {
    return items(key, path, "byte", v -> (byte) checkedInteger(v, Byte.MIN_VALUE, Byte.MAX_VALUE));
  }

  @Override
  public List<Short> shorts(String key, String path) {
    return items(
        key, path, "short", v -> (short) checkedInteger(v, Short.MIN_VALUE, Short.MAX_VALUE));
  }

  @Override
  public List<Integer> ints(String key, String path) {
    return items(
        key, path, "int", v -> (int) checkedInteger(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public List<Long> longs(String key, String path) {
    return items(key, path, "long", this::integer);
  }

  @Override
  public List<Float> floats(String key, String path) {
    return items(key, path, "number", this::float32);
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
    // a JsonNode iterates the values of an object and nothing of a scalar: check the shape first
    JsonNode array = parse(key, path, "a JSON array of booleans", StrictJson::parse);
    if (!array.isArray()) {
      throw malformed(key, path, value, "a JSON array of booleans");
    }
    List<Boolean> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isBoolean()) {
        throw malformed(key, path, value, "a JSON array of booleans");
      }
      items.add(item.booleanValue());
    }
    return Collections.unmodifiableList(items);
  }

  @Override
  public List<BigDecimal> bigDecimals(String key, String path) {
    return texts(key, path, "decimal numbers", Decimals::parse);
  }

  @Override
  public List<UUID> uuids(String key, String path) {
    return texts(key, path, "uuids", Uuids::parse);
  }

  @Override
  public <E> List<E> enums(String key, String path, Function<String, E> valueOf) {
    return texts(key, path, "the enum's constants", valueOf::apply);
  }

  @Override
  public JsonNode requireJson(String key, String path) {
    return parse(key, path, "JSON", StrictJson::parse);
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
    JsonNode array = parse(key, path, "a JSON array", StrictJson::parse);
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
    node.properties()
        .forEach(
            e -> {
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
      throw new CodecException(
          where(key, path) + " holds no secret but the field is not @Nullable.",
          resource,
          id,
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
      throw new S3dbConfigurationException(
          "Cannot read "
              + path
              + " of resource '"
              + resource
              + "': it is a"
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
}
