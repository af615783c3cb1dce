package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.CodecException;
import io.s3db.SecretException;
import io.s3db.internal.StoredMeaning.Kind;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.spi.ResourceCodec;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Corrupts one stored value of a record (other types' encodings, JSON of the wrong shape, edits of
 * the right value, hostile number forms) and checks the read: a {@link CodecException} or {@link
 * SecretException} naming the resource, the record and the field, or the value the stored text
 * means ({@link StoredMeaning}), never some other value.
 */
final class Corruptions<T> {
  private static final String HOSTILE_CHARS = "0189azAZ-+.eE|\\[]{}\":, tfnuy";
  private static final String[] HOSTILE = {
    "",
    " ",
    "-",
    "+",
    ".",
    "-0",
    "00",
    "007",
    "0x10",
    "1d",
    "1f",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "1.5e999",
    "1.5.7",
    "1.",
    ".5",
    "1.e5",
    "1.5 ",
    " 1",
    "1,5",
    "١٢٣",
    "１",
    "+1",
    "1e5",
    "1E+3",
    "zzzzzzzzzzzzzz",
    "-zzzzzzzzzzz",
    "true",
    "false",
    "yes",
    "no",
    "maybe",
    "TRUE",
    "2",
    "[]",
    "{}",
    "[true]",
    "[true] x",
    "{\"a\":true}",
    "[1]",
    "[\"yes\"]",
    "[null]",
    "[1e400]",
    "null",
    "[true,",
    "1-1-1-1-1",
    "550e8400-e29b-41d4-a716-446655440000",
    "550E8400-E29B-41D4-A716-446655440000",
    "+50e8400-e29b-41d4-a716-446655440000",
    "1yzBHq49i4y833Iawe1yOjy8",
    "zzzzzzzzzzzzzzzzzzzzzzzz",
    "2024-02-30",
    "2024-01-02T00:00:00Z",
    "2024-01-02T00:00:00.000+02:00",
    "+10000-01-01",
    "A",
    "a",
    "A|A",
    "A|D",
    "a|b",
    "1|",
    "|",
    "1||2",
    "{\"a\":1e400}",
    "{\"a\":1} {}",
    "[1,2]",
    "{\"k\":1}",
    "{\"k\":\"v\"}",
    "\"x\""
  };

  private final String resource;
  private final ResourceCodec<T> codec;
  private final KeyMapping keys;
  private final @Nullable SecretCipher cipher;
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private final Map<String, Function<T, Object>> values = new LinkedHashMap<>();
  private final Map<String, Function<T, @Nullable String>> secrets = new LinkedHashMap<>();

  /**
   * @param paths the resource's schema paths, stored under their index (as a fresh catalog does)
   */
  Corruptions(
      String resource, ResourceCodec<T> codec, List<String> paths, @Nullable SecretCipher cipher) {
    this.resource = resource;
    this.codec = codec;
    this.cipher = cipher;
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      registry.put(paths.get(i), i);
    }
    this.keys = new KeyMapping(paths, registry, Set.of());
    for (String path : paths) {
      kinds.put(path, null);
    }
  }

  Corruptions<T> field(String path, Kind kind, Function<T, Object> value) {
    kinds.put(path, kind);
    values.put(path, value);
    return this;
  }

  Corruptions<T> secret(String path, Function<T, @Nullable String> value) {
    kinds.remove(path);
    secrets.put(path, value);
    return this;
  }

  /** A path of the schema that holds no value of its own (a nested record's object). */
  Corruptions<T> notStored(String path) {
    kinds.remove(path);
    return this;
  }

  /** Fails when the oracle does not cover a path, so that a new field is not skipped silently. */
  void checkEveryPathIsCovered() {
    kinds.forEach(
        (path, kind) -> {
          if (kind == null) {
            fail("no kind for " + path);
          }
        });
  }

  void check(T record, String id, Random r) {
    EncodingMetadataWriter writer = new EncodingMetadataWriter(keys, cipher);
    codec.encode(record, writer);
    Map<String, String> stored = new LinkedHashMap<>(writer.values());
    List<String> storedKeys = new ArrayList<>(stored.keySet());
    String key = storedKeys.get(r.nextInt(storedKeys.size()));
    String path = keys.path(key);
    String text = corrupt(r, ClientEncoding.decode(stored.get(key)), stored, storedKeys);
    String encoded = ClientEncoding.encode(text);
    if (!text.equals(ClientEncoding.decode(encoded))) {
      return; // the s3db.js null markers: an absent value, not a corrupted one
    }
    stored.put(key, encoded);
    T read;
    try {
      read =
          RecordDecoding.decode(
              codec, resource, id, new DecodingMetadataReader(stored, keys, cipher, resource, id));
    } catch (CodecException | SecretException e) {
      assertTrue(
          e.getMessage().contains("'" + resource + "'")
              && e.getMessage().contains("'" + id + "'")
              && e.getMessage().contains(path),
          () -> "unclear for " + path + " = [" + text + "]: " + e.getMessage());
      assertEquals(resource, e.resource());
      return;
    }
    if (secrets.containsKey(path)) {
      // GCM authenticates the bytes: what decrypts is one of the record's secrets (base64 may lose
      // its padding)
      String secret = secrets.get(path).apply(read);
      assertTrue(
          secrets.values().stream()
              .anyMatch(s -> java.util.Objects.equals(secret, s.apply(record))),
          () -> "a secret read from altered ciphertext: " + text);
      return;
    }
    Object meant = StoredMeaning.of(kinds.get(path), text);
    assertNotNull(
        meant,
        () ->
            path
                + " = ["
                + text
                + "] read as "
                + values.get(path).apply(read)
                + "; it means nothing");
    assertSame(meant, values.get(path).apply(read), () -> path + " = [" + text + "]");
  }

  /** Equal values; numbers within the rounding of the field's own type. */
  private static void assertSame(
      Object meant, Object read, java.util.function.Supplier<String> where) {
    if (meant instanceof BigDecimal exact && !(read instanceof BigDecimal)) {
      assertTrue(read instanceof Number, where);
      double value = ((Number) read).doubleValue();
      assertTrue(Double.isFinite(value), () -> where.get() + " read as " + read);
      double ulp = read instanceof Float f ? Math.ulp(f) : Math.ulp(value);
      double error = exact.subtract(new BigDecimal(value)).abs().doubleValue();
      assertTrue(
          error <= 16 * ulp && (exact.signum() == 0) == (value == 0),
          () -> where.get() + " read as " + read);
    } else if (meant instanceof JsonNode node) {
      assertTrue(sameJson(node, (JsonNode) read), () -> where.get() + " read as " + read);
    } else if (meant instanceof Collection<?> items && !(meant instanceof Set<?>)) {
      Iterator<?> actual = ((Collection<?>) read).iterator();
      assertEquals(
          items.size(), ((Collection<?>) read).size(), () -> where.get() + " read as " + read);
      for (Object item : items) {
        assertSame(item, actual.next(), where);
      }
    } else if (meant instanceof Set<?> set) {
      assertEquals(set, new LinkedHashSet<>((Collection<?>) read), where);
    } else {
      assertEquals(meant, read instanceof OffsetDateTime t ? t.toInstant() : read, where);
    }
  }

  private static boolean sameJson(JsonNode meant, JsonNode read) {
    if (meant.isNumber() && read.isNumber()) {
      return meant.isIntegralNumber() && read.isIntegralNumber()
          ? meant.bigIntegerValue().equals(read.bigIntegerValue())
          : meant.doubleValue() == read.doubleValue();
    }
    if (meant.isContainerNode()
        && meant.getNodeType() == read.getNodeType()
        && meant.size() == read.size()) {
      Iterator<Map.Entry<String, JsonNode>> fields = meant.fields();
      if (meant.isObject()) {
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (!read.has(field.getKey()) || !sameJson(field.getValue(), read.get(field.getKey()))) {
            return false;
          }
        }
        return true;
      }
      for (int i = 0; i < meant.size(); i++) {
        if (!sameJson(meant.get(i), read.get(i))) {
          return false;
        }
      }
      return true;
    }
    return meant.equals(read);
  }

  private static String corrupt(
      Random r, String original, Map<String, String> stored, List<String> keys) {
    switch (r.nextInt(8)) {
      case 0:
        return HOSTILE[r.nextInt(HOSTILE.length)];
      case 1:
        return ClientEncoding.decode(stored.get(keys.get(r.nextInt(keys.size()))));
      case 2:
        {
          int at = r.nextInt(original.length() + 1);
          return original.substring(0, at)
              + HOSTILE_CHARS.charAt(r.nextInt(HOSTILE_CHARS.length()))
              + original.substring(at);
        }
      case 3:
        {
          if (original.isEmpty()) {
            return "x";
          }
          int at = r.nextInt(original.length());
          return original.substring(0, at) + original.substring(at + 1);
        }
      case 4:
        return original.substring(0, r.nextInt(original.length() + 1));
      case 5:
        {
          StringBuilder text = new StringBuilder();
          for (int i = r.nextInt(12); i > 0; i--) {
            text.append(HOSTILE_CHARS.charAt(r.nextInt(HOSTILE_CHARS.length())));
          }
          return text.toString();
        }
      case 6:
        return original + "|" + HOSTILE[r.nextInt(HOSTILE.length)];
      default:
        {
          String[] wraps = {
            "[" + original + "]",
            "{\"a\":" + original + "}",
            original + " ",
            " " + original,
            original + original
          };
          return wraps[r.nextInt(wraps.length)];
        }
    }
  }
}
