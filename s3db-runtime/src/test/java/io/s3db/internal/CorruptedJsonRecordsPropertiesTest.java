package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.CodecException;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.JsJson;
import io.s3db.types.Order;
import io.s3db.types.OrderCodec;
import io.s3db.types.OrderDao;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Values inside a JSON array of records ({@code List<Order.Line>}) replaced by JSON of other types
 * and shapes: each read is a {@link CodecException} naming the resource, record and field, or the
 * value the JSON means for that field's type.
 */
class CorruptedJsonRecordsPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResourceSchema SCHEMA = new ResourceSchema(OrderDao.DESCRIPTOR);
  private static final KeyMapping KEYS;
  private static final String[] FIELDS = {
    "sku",
    "quantity",
    "weight",
    "price",
    "at",
    "kind",
    "batch",
    "shipTo",
    "shipTo.city",
    "shipTo.zip"
  };
  private static final String[] VALUES = {
    "true",
    "false",
    "0",
    "1",
    "-1",
    "1.5",
    "1e300",
    "1e-300",
    "2147483648",
    "-2147483649",
    "12345678901234567890123",
    "\"x\"",
    "\"\"",
    "\"0.5\"",
    "\"1-1-1-1-1\"",
    "\"550e8400-e29b-41d4-a716-446655440000\"",
    "\"550E8400-E29B-41D4-A716-446655440000\"",
    "\"١\"",
    "\"19.90\"",
    "\"+1\"",
    "\"1E+3\"",
    "\"GOODS\"",
    "\"goods\"",
    "\"2024-01-02T00:00:00.000Z\"",
    "\"2024-01-02\"",
    "null",
    "[]",
    "{}",
    "{\"city\":\"x\"}",
    "{\"city\":1}",
    "[\"x\"]"
  };
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  static {
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < SCHEMA.paths().size(); i++) {
      registry.put(SCHEMA.paths().get(i), i);
    }
    KEYS = new KeyMapping(SCHEMA.paths(), registry, Set.of());
  }

  @Property(tries = 1000)
  void aCorruptedFieldOfAnElementIsRefusedOrReadAsWhatItMeans(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      lines.add(
          new Order.Line(
              "s" + i,
              r.nextInt(),
              r.nextFloat(),
              r.nextBoolean() ? new BigDecimal("19.90") : null,
              Instant.ofEpochMilli(r.nextInt()),
              Order.Kind.values()[r.nextInt(2)],
              new UUID(r.nextLong(), r.nextLong()),
              r.nextBoolean() ? new Order.Place("c", r.nextBoolean() ? "z" : null) : null));
    }
    EncodingMetadataWriter writer = new EncodingMetadataWriter(KEYS, null);
    new OrderCodec().encode(new Order("o1", lines, null), writer);
    String key = KEYS.storedKeyOf("lines");
    JsonNode array = JSON.readTree(ClientEncoding.decode(writer.values().get(key)));
    int index = r.nextInt(array.size());
    String field = FIELDS[r.nextInt(FIELDS.length)];
    JsonNode value = JSON.readTree(VALUES[r.nextInt(VALUES.length)]);
    ObjectNode element = (ObjectNode) array.get(index);
    if (field.startsWith("shipTo.")) {
      if (!element.path("shipTo").isObject()) {
        return;
      }
      element = (ObjectNode) element.get("shipTo");
    }
    element.set(field.substring(field.indexOf('.') + 1), value);
    Map<String, String> stored = new HashMap<>(writer.values());
    stored.put(key, ClientEncoding.encode(JsJson.stringify(array)));
    Order read;
    try {
      read =
          RecordDecoding.decode(
              new OrderCodec(),
              "orders",
              "o1",
              new DecodingMetadataReader(stored, KEYS, null, "orders", "o1"));
    } catch (CodecException e) {
      assertTrue(
          e.getMessage().contains("resource 'orders' id 'o1'")
              && e.getMessage().contains("lines." + field),
          () -> field + " = " + value + ": " + e.getMessage());
      return;
    }
    Order.Line line = read.lines().get(index);
    Object got =
        switch (field) {
          case "sku" -> line.sku();
          case "quantity" -> line.quantity();
          case "weight" -> line.weight();
          case "price" -> line.price();
          case "at" -> line.at();
          case "kind" -> line.kind();
          case "batch" -> line.batch();
          case "shipTo" -> line.shipTo();
          case "shipTo.city" -> line.shipTo().city();
          default -> line.shipTo().zip();
        };
    String where = field + " = " + value + " read as " + got;
    switch (field) {
      case "sku", "shipTo.city" ->
          assertTrue(value.isTextual() && value.textValue().equals(got), where);
      case "shipTo.zip" ->
          assertTrue(
              value.isNull() ? got == null : value.isTextual() && value.textValue().equals(got),
              where);
      case "quantity" ->
          assertTrue(
              value.isIntegralNumber() && value.canConvertToInt() && value.intValue() == (int) got,
              where);
      case "weight" ->
          assertTrue(
              value.isNumber()
                  && Math.abs(value.doubleValue() - (float) got) <= Math.ulp((float) got)
                  && (value.doubleValue() == 0) == ((float) got == 0),
              where);
      case "price" ->
          assertTrue(
              value.isNull()
                  ? got == null
                  : value.isTextual()
                      && DECIMAL.matcher(value.textValue()).matches()
                      && new BigDecimal(value.textValue()).equals(got),
              where);
      case "at" ->
          assertTrue(value.isTextual() && Instant.parse(value.textValue()).equals(got), where);
      case "kind" ->
          assertTrue(
              value.isTextual() && value.textValue().equals(((Order.Kind) got).name()), where);
      case "batch" ->
          assertTrue(
              value.isTextual()
                  && UUID_TEXT.matcher(value.textValue()).matches()
                  && UUID.fromString(value.textValue()).equals(got),
              where);
      case "shipTo" ->
          assertEquals(
              value.isNull() ? null : "x", got == null ? null : ((Order.Place) got).city(), where);
      default -> fail(field);
    }
  }
}
