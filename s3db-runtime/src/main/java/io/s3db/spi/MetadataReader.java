package io.s3db.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Gives the generated codec the fields of one stored object. {@code path} arguments name the field
 * in error messages ({@code profile.city}); they are never used to look anything up. {@code
 * require…} methods fail with a {@code CodecException} naming the field when the value is missing
 * or malformed; list methods return an empty list for an absent key.
 */
public interface MetadataReader {

  /**
   * Whether the key holds a value (absent keys and the s3db.js {@code null}/{@code undefined}
   * markers do not).
   */
  boolean has(String key);

  /** Whether any of the keys holds a value: tells a stored nested record from an absent one. */
  boolean hasAny(String... keys);

  @Nullable String string(String key);

  String requireString(String key, String path);

  byte requireByte(String key, String path);

  short requireShort(String key, String path);

  int requireInt(String key, String path);

  long requireLong(String key, String path);

  float requireFloat(String key, String path);

  double requireDouble(String key, String path);

  boolean requireBoolean(String key, String path);

  BigDecimal requireBigDecimal(String key, String path);

  /**
   * The enum constant whose name is stored under {@code key}.
   *
   * @param valueOf the enum's own {@code valueOf}, so no reflection is needed
   */
  <E> E requireEnum(String key, String path, Function<String, E> valueOf);

  UUID requireUuid(String key, String path);

  Instant requireInstant(String key, String path);

  /** A datetime stores an instant; it reads back at offset UTC. */
  OffsetDateTime requireOffsetDateTime(String key, String path);

  LocalDate requireLocalDate(String key, String path);

  List<String> strings(String key);

  List<Byte> bytes(String key, String path);

  List<Short> shorts(String key, String path);

  List<Integer> ints(String key, String path);

  List<Long> longs(String key, String path);

  List<Float> floats(String key, String path);

  List<Double> doubles(String key, String path);

  List<Boolean> booleans(String key, String path);

  List<BigDecimal> bigDecimals(String key, String path);

  List<UUID> uuids(String key, String path);

  <E> List<E> enums(String key, String path, Function<String, E> valueOf);

  JsonNode requireJson(String key, String path);

  /**
   * JSON objects as ordered maps; numbers as Integer, Long, BigInteger or Double, whichever holds
   * them.
   */
  Map<String, Object> requireJsonMap(String key, String path);

  Map<String, String> requireStringMap(String key, String path);

  /**
   * The elements of a JSON array of objects (a {@code List} of records); empty for an absent key.
   */
  List<JsonNode> jsonItems(String key, String path);

  /**
   * The decrypted secret; a {@code SecretException} if it does not decrypt under the passphrase.
   */
  String requireSecret(String key, String path);

  /**
   * The decrypted secret, or null when absent, including s3db.js's way of storing an absent
   * optional secret: an encryption of the text {@code undefined} (or {@code null}).
   */
  @Nullable String secret(String key, String path);
}
