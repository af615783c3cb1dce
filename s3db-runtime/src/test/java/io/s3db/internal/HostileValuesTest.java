package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.CodecException;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.spi.MetadataReader;
import io.s3db.types.Order;
import io.s3db.types.OrderCodec;
import io.s3db.types.OrderDao;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Stored values of the wrong type that readers used to guess at, each refused with a {@link
 * CodecException} naming the resource, the record and the field; and the tolerant reads that are
 * documented.
 */
class HostileValuesTest {
  private static final KeyMapping ONE_FIELD =
      new KeyMapping(List.of("f"), Map.of("f", 0), Set.of());

  private static MetadataReader stored(String value) {
    return new DecodingMetadataReader(
        Map.of("0", ClientEncoding.encode(value)), ONE_FIELD, null, "things", "t1");
  }

  private static MetadataReader legacy(String value) {
    return new DecodingMetadataReader(Map.of("0", value), ONE_FIELD, null, "things", "t1", true);
  }

  private static void refused(Executable read) {
    CodecException e = assertThrows(CodecException.class, read);
    assertTrue(
        e.getMessage().contains("resource 'things' id 't1'") && e.getMessage().contains("(f)"),
        e.getMessage());
    assertEquals("things", e.resource());
    assertEquals("t1", e.id());
  }

  @Test
  void listsOfBooleansAreJsonArraysOfBooleans() {
    refused(() -> stored("true").booleans("0", "f")); // read as [] before
    refused(() -> stored("{\"a\":true}").booleans("0", "f")); // read as [true]
    refused(() -> stored("[1]").booleans("0", "f"));
    refused(() -> stored("[\"yes\"]").booleans("0", "f"));
    refused(() -> stored("[true] x").booleans("0", "f"));
    refused(() -> stored("[null]").booleans("0", "f"));
    assertEquals(List.of(true, false), stored("[true, false]").booleans("0", "f"));
    assertEquals(List.of(), stored("").booleans("0", "f"));
  }

  @Test
  void booleansAreTheWordsS3dbJsWrites() {
    for (String yes : List.of("1", "true", "yes", "y")) {
      assertTrue(stored(yes).requireBoolean("0", "f"), yes);
    }
    for (String no : List.of("0", "false", "no", "n")) {
      assertEquals(false, stored(no).requireBoolean("0", "f"), no);
    }
    for (String neither : List.of("", "maybe", "TRUE", "2", " 1", "[true]")) {
      refused(() -> stored(neither).requireBoolean("0", "f")); // read as false before
    }
  }

  @Test
  void numbersAreNeverRoundedIntoAnotherValue() {
    refused(() -> stored("1.5.7").requireDouble("0", "f")); // 1.5
    refused(() -> stored("1.5e999").requireDouble("0", "f")); // Infinity
    refused(() -> stored("1.5 ").requireDouble("0", "f")); // JS Number() trims
    refused(() -> stored("1.0e300").requireFloat("0", "f")); // Infinity as a float
    refused(() -> stored("1.0e-300").requireFloat("0", "f")); // 0 as a float
    refused(() -> stored("1|1.0e300").floats("0", "f"));
    refused(() -> stored("١٢٣").requireBigDecimal("0", "f")); // 123
    refused(() -> stored("1|١").bigDecimals("0", "f"));
    assertEquals(new BigDecimal("1E+3"), stored("1E+3").requireBigDecimal("0", "f"));
    assertEquals(
        -0.0, stored("-").requireDouble("0", "f")); // s3db.js's 1e-7 bug, documented in Base62
  }

  @Test
  void legacyNumbersAreJavaScriptNumbers() {
    for (String bad :
        List.of("0x1p3", "1d", "1f", "NaN", "Infinity", " 1", "1 ", "", "1e400", "+-1", "0x10")) {
      refused(() -> legacy(bad).requireDouble("0", "f"));
    }
    for (String bad :
        List.of("1e400", "1.5e300", "1.5", "9223372036854775808", "1e999999999", "NaN", "0x10")) {
      refused(() -> legacy(bad).requireLong("0", "f")); // 1e400 read as Long.MAX_VALUE before
    }
    assertEquals(97.5, legacy("97.5").requireDouble("0", "f"));
    assertEquals(97.5f, legacy("97.5").requireFloat("0", "f")); // read as base62 (565.5) before
    assertEquals(List.of(97.5f, -1f), legacy("97.5|-1").floats("0", "f"));
    assertEquals(1_000_000_000_000_000_000L, legacy("1e+18").requireLong("0", "f"));
    assertEquals(-34L, legacy("-34").requireLong("0", "f"));
  }

  @Test
  void legacyTextWithABrokenEncodedWordIsRefused() {
    refused(() -> legacy("=?UTF-8?B?not base64!?=").requireString("0", "f"));
    refused(() -> legacy("=?UTF-8?Q?=ZZ?=").requireString("0", "f"));
  }

  @Test
  void uuidsAreCanonical() {
    refused(() -> stored("1-1-1-1-1").uuids("0", "f")); // 00000001-0001-0001-0001-000000000001
    refused(() -> stored("+50e8400-e29b-41d4-a716-446655440000").uuids("0", "f"));
    refused(() -> stored("+50e8400-e29b-41d4-a716-446655440000").requireUuid("0", "f"));
    assertEquals(
        List.of(UUID.fromString("550e8400-e29b-41d4-a716-446655440000")),
        stored("550E8400-E29B-41D4-A716-446655440000").uuids("0", "f"));
  }

  @Test
  void jsonIsOneValueWithFiniteNumbers() {
    refused(() -> stored("{\"a\":1} x").requireJsonMap("0", "f"));
    refused(() -> stored("").requireJson("0", "f")); // a MissingNode before
    refused(() -> stored("{\"a\":1e400}").requireJsonMap("0", "f")); // Infinity
    refused(() -> stored("[{\"a\":1}] []").jsonItems("0", "f"));
    refused(() -> stored("[1]").requireStringMap("0", "f"));
  }

  @Test
  void valuesInsideAJsonArrayOfRecordsNameTheResourceRecordAndField() throws Exception {
    ResourceSchema schema = new ResourceSchema(OrderDao.DESCRIPTOR);
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < schema.paths().size(); i++) {
      registry.put(schema.paths().get(i), i);
    }
    KeyMapping keys = new KeyMapping(schema.paths(), registry, Set.of());
    String line =
        "{\"sku\":\"s\",\"quantity\":1,\"weight\":0.5,\"at\":\"2024-01-02T00:00:00.000Z\",\"kind\":\"GOODS\","
            + "\"batch\":\"550e8400-e29b-41d4-a716-446655440000\"}";
    Function<String, Order> read =
        lines ->
            RecordDecoding.decode(
                new OrderCodec(),
                "orders",
                "o1",
                new DecodingMetadataReader(
                    Map.of(keys.stored("0"), ClientEncoding.encode(lines)),
                    keys,
                    null,
                    "orders",
                    "o1"));
    assertEquals(0.5f, read.apply("[" + line + "]").lines().get(0).weight());
    ObjectMapper json = new ObjectMapper();
    for (String[] bad :
        new String[][] {
          {"weight", "1e300"},
          {"weight", "1e-300"},
          {"weight", "\"0.5\""},
          {"quantity", "1.5"},
          {"quantity", "true"},
          {"batch", "\"1-1-1-1-1\""},
          {"price", "\"١\""},
          {"sku", "1"},
          {"kind", "\"goods\""},
          {"at", "\"2024-01-02\""}
        }) {
      com.fasterxml.jackson.databind.node.ObjectNode element =
          (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
      element.set(bad[0], json.readTree(bad[1]));
      CodecException e =
          assertThrows(CodecException.class, () -> read.apply("[" + element + "]"), bad[0]);
      assertTrue(
          e.getMessage().contains("resource 'orders' id 'o1'")
              && e.getMessage().contains("lines." + bad[0]),
          e.getMessage());
      assertEquals("orders", e.resource());
    }
  }
}
