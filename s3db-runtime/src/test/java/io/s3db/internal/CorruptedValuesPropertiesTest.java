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
import io.s3db.types.Everything;
import io.s3db.types.EverythingCodec;
import io.s3db.types.EverythingDao;
import io.s3db.types.EverythingValidator;
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
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Stored values corrupted one at a time (other types' encodings, JSON of the wrong shape, edits of the
 * right value, hostile number forms): every read is a {@link CodecException} or {@link SecretException}
 * naming the resource, the record and the field, or the value the stored text means
 * ({@link StoredMeaning}); never some other value.
 */
class CorruptedValuesPropertiesTest {
  private static final ResourceSchema SCHEMA = new ResourceSchema(EverythingDao.DESCRIPTOR);
  private static final KeyMapping KEYS;
  private static final SecretCipher CIPHER = new SecretCipher("fuzz-passphrase");
  private static final String HOSTILE_CHARS = "0189azAZ-+.eE|\\[]{}\":, tfnuy";
  private static final String[] HOSTILE = {"", " ", "-", "+", ".", "-0", "00", "007", "0x10", "1d", "1f", "NaN",
      "Infinity", "-Infinity", "1e400", "1.5e999", "1.5.7", "1.", ".5", "1.e5", "1.5 ", " 1", "1,5", "١٢٣", "１",
      "+1", "1e5", "1E+3", "zzzzzzzzzzzzzz", "-zzzzzzzzzzz", "true", "false", "yes", "no", "maybe", "TRUE", "2",
      "[]", "{}", "[true]", "[true] x", "{\"a\":true}", "[1]", "[\"yes\"]", "[null]", "[1e400]", "null", "[true,",
      "1-1-1-1-1", "550e8400-e29b-41d4-a716-446655440000", "550E8400-E29B-41D4-A716-446655440000",
      "+50e8400-e29b-41d4-a716-446655440000", "1yzBHq49i4y833Iawe1yOjy8", "zzzzzzzzzzzzzzzzzzzzzzzz",
      "2024-02-30", "2024-01-02T00:00:00Z", "2024-01-02T00:00:00.000+02:00", "+10000-01-01", "A", "a", "A|A",
      "A|D", "a|b", "1|", "|", "1||2", "{\"a\":1e400}", "{\"a\":1} {}", "[1,2]", "{\"k\":1}", "{\"k\":\"v\"}", "\"x\""};
  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();
  private static final Map<String, Function<Everything, Object>> VALUES = new LinkedHashMap<>();

  static {
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < SCHEMA.paths().size(); i++) {
      registry.put(SCHEMA.paths().get(i), i);
    }
    KEYS = new KeyMapping(SCHEMA.paths(), registry, Set.of());
    field("tiny", Kind.INTEGER, Everything::tiny);
    field("small", Kind.INTEGER, Everything::small);
    field("ratio", Kind.DECIMAL, Everything::ratio);
    field("maybeTiny", Kind.INTEGER, Everything::maybeTiny);
    field("maybeSmall", Kind.INTEGER, Everything::maybeSmall);
    field("maybeRatio", Kind.DECIMAL, Everything::maybeRatio);
    field("price", Kind.BIG_DECIMAL, Everything::price);
    field("status", Kind.ENUM, Everything::status);
    field("previous", Kind.ENUM, Everything::previous);
    field("ref", Kind.UUID, Everything::ref);
    field("at", Kind.DATETIME, Everything::at);
    field("when", Kind.DATETIME, e -> e.when().toInstant());
    field("day", Kind.DATEONLY, Everything::day);
    field("tags", Kind.TEXTS, Everything::tags);
    field("flags", Kind.ENUM_SET, Everything::flags);
    field("counts", Kind.INTEGERS, Everything::counts);
    field("longs", Kind.INTEGERS, Everything::longs);
    field("weights", Kind.DECIMALS, Everything::weights);
    field("floats", Kind.DECIMALS, Everything::floats);
    field("switches", Kind.BOOLEANS, Everything::switches);
    field("refs", Kind.UUIDS, Everything::refs);
    field("amounts", Kind.BIG_DECIMALS, Everything::amounts);
    field("maybeTags", Kind.TEXTS, Everything::maybeTags);
    field("attributes", Kind.JSON, e -> JsonValues.toNode(e.attributes()));
    field("labels", Kind.JSON, e -> JsonValues.toNode(e.labels()));
    field("doc", Kind.JSON, Everything::doc);
    field("maybeRef", Kind.UUID, Everything::maybeRef);
    field("maybeAt", Kind.DATETIME, Everything::maybeAt);
    field("maybeDay", Kind.DATEONLY, Everything::maybeDay);
    field("state", Kind.TEXT, Everything::state);
    field("priority", Kind.INTEGER, Everything::priority);
    field("fallback", Kind.ENUM, Everything::fallback);
  }

  private static void field(String path, Kind kind, Function<Everything, Object> value) {
    KINDS.put(path, kind);
    VALUES.put(path, value);
  }

  @Property(tries = 4000)
  void aCorruptedValueIsRefusedOrReadAsWhatItMeans(@ForAll long seed) {
    Random r = new Random(seed);
    Everything record = new EverythingCodec().applyDefaults(EveryTypePropertiesTest.random(r), () -> "generated-pw");
    if (!new EverythingValidator().validate(record).isEmpty()) {
      return; // a record no one can store
    }
    EncodingMetadataWriter writer = new EncodingMetadataWriter(KEYS, CIPHER);
    new EverythingCodec().encode(record, writer);
    Map<String, String> stored = new LinkedHashMap<>(writer.values());
    List<String> keys = new ArrayList<>(stored.keySet());
    String key = keys.get(r.nextInt(keys.size()));
    String path = KEYS.path(key);
    String text = corrupt(r, ClientEncoding.decode(stored.get(key)), stored, keys);
    String encoded = ClientEncoding.encode(text);
    if (!text.equals(ClientEncoding.decode(encoded))) {
      return; // the s3db.js null markers: an absent value, not a corrupted one
    }
    stored.put(key, encoded);
    Everything read;
    try {
      read = RecordDecoding.decode(new EverythingCodec(), "everything", record.id(),
          new DecodingMetadataReader(stored, KEYS, CIPHER, "everything", record.id()));
    } catch (CodecException | SecretException e) {
      assertTrue(e.getMessage().contains("'everything'") && e.getMessage().contains("'" + record.id() + "'")
          && e.getMessage().contains(path), () -> "unclear for " + path + " = [" + text + "]: " + e.getMessage());
      assertEquals("everything", e.resource());
      return;
    }
    if (path.equals("password") || path.equals("apiKey")) {
      // GCM authenticates the bytes: what decrypts is one of the record's secrets (base64 may lose its padding)
      String secret = path.equals("password") ? read.password() : read.apiKey();
      assertTrue(secret == null ? record.apiKey() == null : secret.equals(record.password())
          || secret.equals(record.apiKey()), () -> "a secret read from altered ciphertext: " + text);
      return;
    }
    Object meant = StoredMeaning.of(KINDS.get(path), text);
    assertNotNull(meant, () -> path + " = [" + text + "] read as " + VALUES.get(path).apply(read) + "; it means nothing");
    assertSame(meant, VALUES.get(path).apply(read), () -> path + " = [" + text + "]");
  }

  /** Equal values; numbers within the rounding of the field's own type. */
  private static void assertSame(Object meant, Object read, java.util.function.Supplier<String> where) {
    if (meant instanceof BigDecimal exact && !(read instanceof BigDecimal)) {
      assertTrue(read instanceof Number, where);
      double value = ((Number) read).doubleValue();
      assertTrue(Double.isFinite(value), () -> where.get() + " read as " + read);
      double ulp = read instanceof Float f ? Math.ulp(f) : Math.ulp(value);
      double error = exact.subtract(new BigDecimal(value)).abs().doubleValue();
      assertTrue(error <= 16 * ulp && (exact.signum() == 0) == (value == 0), () -> where.get() + " read as " + read);
    } else if (meant instanceof JsonNode node) {
      assertTrue(sameJson(node, (JsonNode) read), () -> where.get() + " read as " + read);
    } else if (meant instanceof Collection<?> items && !(meant instanceof Set<?>)) {
      Iterator<?> actual = ((Collection<?>) read).iterator();
      assertEquals(items.size(), ((Collection<?>) read).size(), () -> where.get() + " read as " + read);
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
          ? meant.bigIntegerValue().equals(read.bigIntegerValue()) : meant.doubleValue() == read.doubleValue();
    }
    if (meant.isContainerNode() && meant.getNodeType() == read.getNodeType() && meant.size() == read.size()) {
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

  private static String corrupt(Random r, String original, Map<String, String> stored, List<String> keys) {
    switch (r.nextInt(8)) {
      case 0: return HOSTILE[r.nextInt(HOSTILE.length)];
      case 1: return ClientEncoding.decode(stored.get(keys.get(r.nextInt(keys.size()))));
      case 2: {
        int at = r.nextInt(original.length() + 1);
        return original.substring(0, at) + HOSTILE_CHARS.charAt(r.nextInt(HOSTILE_CHARS.length())) + original.substring(at);
      }
      case 3: {
        if (original.isEmpty()) {
          return "x";
        }
        int at = r.nextInt(original.length());
        return original.substring(0, at) + original.substring(at + 1);
      }
      case 4: return original.substring(0, r.nextInt(original.length() + 1));
      case 5: {
        StringBuilder text = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
          text.append(HOSTILE_CHARS.charAt(r.nextInt(HOSTILE_CHARS.length())));
        }
        return text.toString();
      }
      case 6: return original + "|" + HOSTILE[r.nextInt(HOSTILE.length)];
      default: {
        String[] wraps = {"[" + original + "]", "{\"a\":" + original + "}", original + " ", " " + original, original + original};
        return wraps[r.nextInt(wraps.length)];
      }
    }
  }

  /** Fails the test when the oracle does not cover a path, so a new field of Everything is not skipped. */
  @Example
  void everyPathHasAKind() {
    for (String path : SCHEMA.paths()) {
      if (!path.equals("password") && !path.equals("apiKey") && !KINDS.containsKey(path)) {
        fail("no kind for " + path);
      }
    }
  }
}
