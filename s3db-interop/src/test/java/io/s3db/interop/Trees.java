package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Records as JSON trees, flattened to dotted paths for field-by-field comparison. */
final class Trees {
  private Trees() {}

  /** The record as JSON (Jackson reads record components), without null values: absent in S3 and in s3db.js. */
  static ObjectNode of(Object record) {
    ObjectNode tree = NodeBatch.JSON.valueToTree(record);
    dropNulls(tree);
    return tree;
  }

  private static void dropNulls(JsonNode node) {
    for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); ) {
      JsonNode child = it.next();
      if (child.isNull()) {
        it.remove();
      } else {
        dropNulls(child);
      }
    }
  }

  /** Sets (or, for null, removes) the value at a dotted path. */
  static void set(ObjectNode tree, String path, @Nullable Object value) {
    String[] segments = path.split("\\.");
    ObjectNode parent = tree;
    for (int i = 0; i < segments.length - 1; i++) {
      parent = parent.has(segments[i]) ? (ObjectNode) parent.get(segments[i]) : parent.putObject(segments[i]);
    }
    String last = segments[segments.length - 1];
    if (value == null) {
      parent.remove(last);
    } else {
      parent.set(last, value instanceof JsonNode json ? json : NodeBatch.JSON.valueToTree(value));
    }
  }

  /**
   * Leaf values by dotted path. Keys starting with {@code _} at the top are s3db.js's read-only extras
   * ({@code _etag}, {@code _v}, …), not data; nulls are absent values. Arrays are leaves.
   */
  static Map<String, JsonNode> flatten(@Nullable JsonNode record) {
    Map<String, JsonNode> out = new TreeMap<>();
    if (record != null) {
      flatten("", record, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    node.properties().forEach(e -> {
      if (prefix.isEmpty() && e.getKey().startsWith("_")) {
        return;
      }
      String path = prefix + e.getKey();
      JsonNode value = e.getValue();
      if (value.isObject() && !value.isEmpty()) {
        flatten(path + ".", value, out);
      } else if (!value.isNull() && !value.isMissingNode()) {
        out.put(path, value);
      }
    });
  }

  /**
   * Equal JSON values. Two integers compare exactly (a Java {@code long} 2^63-1 is not Node's
   * 9223372036854776000); a number with a fraction or exponent is a double, so it compares as a double with
   * any number (Java's {@code 3.0} is Node's {@code 3}; Node prints 2^63 as 9223372036854776000).
   */
  static boolean same(@Nullable JsonNode a, @Nullable JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.isIntegralNumber() && b.isIntegralNumber()
          ? a.bigIntegerValue().equals(b.bigIntegerValue())
          : a.doubleValue() == b.doubleValue();
    }
    return a.equals(b);
  }

  /** A value for a report line: JSON, so {@code "1"} and {@code 1} and {@code ""} stay distinguishable. */
  static String show(@Nullable JsonNode value) {
    return value == null ? "(absent)" : value.toString();
  }
}
