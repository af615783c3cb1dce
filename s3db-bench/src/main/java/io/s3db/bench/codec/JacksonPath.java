package io.s3db.bench.codec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.PipeArrays;
import io.s3db.internal.layout.Layout;
import io.s3db.spi.Attribute;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The reflective path the generated codec is measured against: Jackson databind turns the record
 * into a map ({@code convertValue}) and back, and the same key mapping and value encoding as the
 * engine's (base62 numbers and dates, pipe-joined lists, the client encoding, the same cipher) turn
 * that map into metadata (absent fields, null in the map, are left out). What it does not do that
 * the engine path does: validation (its encode is lighter by that).
 */
public final class JacksonPath<T> {
  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Class<T> type;
  private final @Nullable SecretCipher cipher;

  /** Each leaf path's kind of value, from its s3db.js rule. */
  private final Map<String, Kind> kinds = new HashMap<>();

  private final Map<String, String> storedByPath;
  private final Map<String, String> pathByStored = new HashMap<>();

  private enum Kind {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATETIME,
    DATEONLY,
    TEXTS,
    SECRET
  }

  /**
   * @param attributes the generated codec's schema ({@code …Codec.ATTRIBUTES})
   * @param storedByPath each path's metadata key (the engine's, {@code RecordMetadata.storedKeys})
   */
  public JacksonPath(
      Class<T> type,
      List<Attribute> attributes,
      Map<String, String> storedByPath,
      @Nullable String passphrase) {
    this.type = type;
    this.cipher = passphrase == null ? null : new SecretCipher(passphrase);
    this.storedByPath = storedByPath;
    storedByPath.forEach((path, key) -> pathByStored.put(key, path));
    for (Attribute attribute : attributes) {
      kinds.put(attribute.path(), kind(attribute));
    }
  }

  private static Kind kind(Attribute attribute) {
    String rule = attribute.rule();
    if (attribute.secret()) {
      return Kind.SECRET;
    } else if (rule.startsWith("number|integer")) {
      return Kind.INTEGER;
    } else if (rule.startsWith("number")) {
      return Kind.DECIMAL;
    } else if (rule.startsWith("boolean")) {
      return Kind.BOOLEAN;
    } else if (rule.startsWith("datetime")) {
      return Kind.DATETIME;
    } else if (rule.startsWith("dateonly")) {
      return Kind.DATEONLY;
    } else if (rule.startsWith("array|items:string")) {
      return Kind.TEXTS;
    } else if (rule.startsWith("string")) {
      return Kind.TEXT;
    }
    throw new IllegalArgumentException("no kind for " + attribute);
  }

  /** The record's metadata as sent, with {@code _v}; refused over 2 KB, as enforce-limits does. */
  public Map<String, String> encode(T record) {
    Map<String, @Nullable Object> map = mapper.convertValue(record, MAP);
    map.remove("id");
    Map<String, String> metadata = new LinkedHashMap<>();
    flatten("", map, metadata);
    metadata.put(Layout.VERSION_KEY, "v1");
    if (Layout.size(metadata) > Layout.LIMIT) {
      throw new IllegalArgumentException("over 2 KB: " + Layout.size(metadata));
    }
    return metadata;
  }

  @SuppressWarnings("unchecked") // convertValue's maps: String keys
  private void flatten(String prefix, Map<String, @Nullable Object> map, Map<String, String> out) {
    for (Map.Entry<String, @Nullable Object> e : map.entrySet()) {
      Object value = e.getValue();
      if (value == null) {
        continue;
      }
      String path = prefix + e.getKey();
      if (value instanceof Map<?, ?> nested) {
        flatten(path + ".", (Map<String, @Nullable Object>) nested, out);
        continue;
      }
      String key = Objects.requireNonNull(storedByPath.get(path), path);
      out.put(key, ClientEncoding.encode(encodeValue(path, value)));
    }
  }

  @SuppressWarnings("unchecked") // a TEXTS value is a list of strings
  private String encodeValue(String path, Object value) {
    return switch (Objects.requireNonNull(kinds.get(path), path)) {
      case TEXT -> (String) value;
      case INTEGER -> Base62.encodeInteger(((Number) value).longValue());
      case DECIMAL -> Base62Decimal.encodeDecimal(((Number) value).doubleValue());
      case BOOLEAN -> (Boolean) value ? "1" : "0";
      case DATETIME -> Dates.encodeDatetime(Instant.parse((String) value));
      case DATEONLY -> Dates.encodeDateOnly(LocalDate.parse((String) value));
      case TEXTS -> PipeArrays.join((List<String>) value);
      case SECRET -> Objects.requireNonNull(cipher).encrypt((String) value);
    };
  }

  /** The record in {@code metadata} (as {@link #encode} makes it, and a head returns it). */
  public T decode(String id, Map<String, String> metadata) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      String path = pathByStored.get(e.getKey());
      if (path == null) {
        continue; // _v
      }
      String text = ClientEncoding.decode(e.getValue());
      if (text == null) {
        continue;
      }
      put(map, path, decodeValue(path, text));
    }
    return mapper.convertValue(map, type);
  }

  private Object decodeValue(String path, String text) {
    return switch (Objects.requireNonNull(kinds.get(path), path)) {
      case TEXT -> text;
      case INTEGER -> Base62.decodeInteger(text);
      case DECIMAL -> Base62Decimal.decodeDecimal(text);
      case BOOLEAN -> text.equals("1");
      case DATETIME -> Dates.toIsoString(Dates.decodeDatetime(text));
      case DATEONLY -> Dates.isoDate(Dates.decodeDateOnly(text));
      case TEXTS -> PipeArrays.split(text);
      case SECRET -> Objects.requireNonNull(cipher).decrypt(text);
    };
  }

  @SuppressWarnings("unchecked") // the nested maps are this method's
  private static void put(Map<String, Object> map, String path, Object value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      map.put(path, value);
      return;
    }
    Map<String, Object> nested =
        (Map<String, Object>)
            map.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
    put(nested, path.substring(dot + 1), value);
  }
}
