package io.s3db.interop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Records as JSON trees, flattened to dotted paths for field-by-field comparison. */
final class Trees {
  private Trees() {}

  /**
   * The record as JSON (Jackson reads record components), without null values: absent in S3 and in
   * s3db.js.
   */
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
      parent =
          parent.has(segments[i])
              ? (ObjectNode) parent.get(segments[i])
              : parent.putObject(segments[i]);
    }
    String last = segments[segments.length - 1];
    if (value == null) {
      parent.remove(last);
    } else {
      parent.set(last, value instanceof JsonNode json ? json : NodeBatch.JSON.valueToTree(value));
    }
  }

  /**
   * Leaf values by dotted path. Keys starting with {@code _} at the top are s3db.js's read-only
   * extras ({@code _etag}, {@code _v}, …), not data; nulls are absent values. Arrays are leaves.
   */
  /** The top-level fields of {@code now} that differ from {@code old}, as an update sends them. */
  static ObjectNode changed(ObjectNode old, ObjectNode now) {
    ObjectNode data = NodeBatch.JSON.createObjectNode();
    now.properties()
        .forEach(
            e -> {
              if (!e.getValue().equals(old.get(e.getKey()))) {
                data.set(e.getKey(), e.getValue());
              }
            });
    return data;
  }

  static Map<String, JsonNode> flatten(@Nullable JsonNode record) {
    Map<String, JsonNode> out = new TreeMap<>();
    if (record != null) {
      flatten("", record, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    node.properties()
        .forEach(
            e -> {
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
   * Equal JSON values, arrays and objects item by item. Two integers compare exactly (a Java {@code
   * long} 2^63-1 is not Node's 9223372036854776000); a number with a fraction or exponent is a
   * double, so it compares as a double with any number (Java's {@code 3.0} is Node's {@code 3};
   * Node prints 2^63 as 9223372036854776000).
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
    if (a.isArray() && b.isArray() || a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      if (a.isArray()) {
        for (int i = 0; i < a.size(); i++) {
          if (!same(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      }
      for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!same(a.get(name), b.get(name))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * Java values in the JSON form s3db.js gives and takes, so that a record's tree is what Node
   * reads: a datetime as JavaScript's {@code Date.toISOString()} (always milliseconds; years
   * outside 0000–9999 as ±YYYYYY), a dateonly as {@code YYYY-MM-DD}, a {@code BigDecimal} as its
   * text (s3db.js holds it in a {@code string}), a {@code float} as the decimal it prints as (its
   * shortest form, as Java stores it).
   */
  static Module jsForms() {
    SimpleModule module = new SimpleModule("js-forms");
    module.addSerializer(Instant.class, asString(Instant.class, Trees::isoString));
    module.addSerializer(
        OffsetDateTime.class,
        asString(OffsetDateTime.class, value -> isoString(value.toInstant())));
    module.addSerializer(LocalDate.class, asString(LocalDate.class, LocalDate::toString));
    module.addSerializer(BigDecimal.class, asString(BigDecimal.class, BigDecimal::toString));
    StdSerializer<Float> floats =
        new StdSerializer<Float>(Float.class) {
          @Override
          public void serialize(Float value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeNumber(shortest(value));
          }
        };
    module.addSerializer(Float.class, floats);
    module.addSerializer(float.class, floats);
    return module;
  }

  /** Writes a {@code type} as the string {@code text} makes of it. */
  private static <T> StdSerializer<T> asString(Class<T> type, Function<T, String> text) {
    return new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(text.apply(value));
      }
    };
  }

  /** The shortest decimal that reads back as {@code f}: what Java stores and JavaScript prints. */
  static double shortest(float f) {
    if (f == 0 || Float.isNaN(f) || Float.isInfinite(f)) {
      return f;
    }
    BigDecimal exact = new BigDecimal(f);
    for (int digits = 1; ; digits++) {
      BigDecimal rounded = exact.round(new java.math.MathContext(digits));
      if (rounded.floatValue() == f) {
        return rounded.doubleValue();
      }
    }
  }

  /** JavaScript's {@code Date.prototype.toISOString()}. */
  static String isoString(Instant instant) {
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    int year = t.getYear();
    String y =
        year >= 0 && year <= 9999
            ? String.format("%04d", year)
            : (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year));
    return y
        + String.format(
            "-%02d-%02dT%02d:%02d:%02d.%03dZ",
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond(),
            t.getNano() / 1_000_000);
  }

  /**
   * A value for a report line: JSON, so {@code "1"} and {@code 1} and {@code ""} stay
   * distinguishable.
   */
  static String show(@Nullable JsonNode value) {
    return value == null ? "(absent)" : value.toString();
  }
}
