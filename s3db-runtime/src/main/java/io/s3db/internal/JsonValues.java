package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts between JSON trees and the plain Java values of a {@code Map<String, ?>} field, by the
 * JDK types alone: no data binding, no reflection on user classes.
 */
final class JsonValues {
  // numberNode(BigDecimal) keeps a decimal as given, trailing zeros too: since Jackson 2.15 only a
  // mapper's reading strips them (JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES), and these
  // nodes are built, not read
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /**
   * @throws IllegalArgumentException naming the first value that has no JSON form
   */
  static JsonNode toNode(@Nullable Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode jsonNode) {
      return jsonNode;
    }
    if (value instanceof String string) {
      return NODES.textNode(string);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger bigInteger) {
      return NODES.numberNode(bigInteger);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("the number " + d + " has no JSON form");
      }
      return NODES.numberNode(d);
    }
    if (value instanceof BigDecimal bigDecimal) {
      return NODES.numberNode(bigDecimal);
    }
    if (value instanceof Map<?, ?>) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException("the map key " + entry.getKey() + " is not a String");
        }
        object.set((String) entry.getKey(), toNode(entry.getValue()));
      }
      return object;
    }
    if (value instanceof Iterable<?>) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : (Iterable<?>) value) {
        array.add(toNode(item));
      }
      return array;
    }
    throw new IllegalArgumentException(
        "a "
            + value.getClass().getName()
            + " has no JSON form; use String,"
            + " Boolean, a number, List, Map<String, ?> or JsonNode");
  }

  /**
   * Objects as unmodifiable ordered maps; integers as the narrowest of Integer, Long, BigInteger.
   */
  static @Nullable Object toJava(JsonNode node) {
    switch (node.getNodeType()) {
      case NULL, MISSING -> {
        return null;
      }
      case STRING -> {
        return node.textValue();
      }
      case BOOLEAN -> {
        return node.booleanValue();
      }
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          BigInteger big = node.bigIntegerValue();
          return big.bitLength() < 32
              ? (Object) big.intValue()
              : big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return node.doubleValue();
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(toJava(item)));
        return Collections.unmodifiableList(list);
      }
      case OBJECT -> {
        return toMap(node);
      }
      default -> throw new IllegalArgumentException("unexpected JSON " + node.getNodeType());
    }
  }

  static Map<String, Object> toMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.properties().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
    return Collections.unmodifiableMap(map);
  }
}
