package io.s3db.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.CodecException;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Decimals;
import io.s3db.internal.format.Floats;
import io.s3db.internal.format.Uuids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the fields of a record inside a JSON array ({@code List} of records), as s3db.js
 * stores arrays of objects: numbers and booleans as JSON values, everything else as text (dates as
 * {@code toISOString()} does). Generated codecs call these; a value of the wrong shape is a {@link
 * CodecException} that names the field (the runtime adds the resource and record, which the codec
 * does not pass here).
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * A new JSON object for one element; absent values are left out, as {@code JSON.stringify} does.
   */
  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /**
   * A value as JSON holds it: dates, UUIDs, enums and BigDecimals as text, floats by their shortest
   * form.
   */
  public static @Nullable Object value(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Double
        || value instanceof Map<?, ?>) {
      return value;
    }
    if (value instanceof Float f) {
      return new BigDecimal(Floats.shortestText(f)); // 0.1f is 0.1 in JSON, not 0.10000000149011612
    }
    if (value instanceof Instant instant) {
      return Dates.toIsoString(instant);
    }
    if (value instanceof OffsetDateTime offsetDateTime) {
      return Dates.toIsoString(offsetDateTime.toInstant());
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    return value.toString(); // BigDecimal (exact, with its scale), UUID, LocalDate
  }

  /** Whether the element has a non-null value for the field. */
  public static boolean has(JsonNode element, String name) {
    JsonNode value = element.get(name);
    return value != null && !value.isNull();
  }

  public static JsonNode object(JsonNode element, String name, String path) {
    return require(element, name, path, JsonNode::isObject, "an object", value -> value);
  }

  public static String text(JsonNode element, String name, String path) {
    return require(element, name, path, JsonNode::isTextual, "text", JsonNode::textValue);
  }

  public static boolean bool(JsonNode element, String name, String path) {
    return require(
        element, name, path, JsonNode::isBoolean, "true or false", JsonNode::booleanValue);
  }

  public static byte int8(JsonNode element, String name, String path) {
    return (byte) integer(element, name, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public static short int16(JsonNode element, String name, String path) {
    return (short) integer(element, name, path, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public static int int32(JsonNode element, String name, String path) {
    return (int) integer(element, name, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public static long int64(JsonNode element, String name, String path) {
    return integer(element, name, path, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A number a double holds: a 400-digit integer would otherwise read as Infinity. */
  public static double float64(JsonNode element, String name, String path) {
    return require(
        element,
        name,
        path,
        v -> v.isNumber() && Double.isFinite(v.doubleValue()),
        "a number a double holds",
        JsonNode::doubleValue);
  }

  /**
   * A number a float holds: {@code 1e300} would otherwise read as Infinity, {@code 1e-300} as 0.
   */
  public static float float32(JsonNode element, String name, String path) {
    return require(
        element,
        name,
        path,
        v -> v.isNumber() && isFloat(v),
        "a number a float holds",
        v -> Floats.narrow(v.doubleValue()));
  }

  private static boolean isFloat(JsonNode number) {
    try {
      Floats.narrow(number.doubleValue());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static BigDecimal decimal(JsonNode element, String name, String path) {
    return parsed(element, name, path, "a decimal number", Decimals::parse);
  }

  public static UUID uuid(JsonNode element, String name, String path) {
    return parsed(element, name, path, "a uuid (8-4-4-4-12 hex digits)", Uuids::parse);
  }

  public static Instant instant(JsonNode element, String name, String path) {
    return parsed(element, name, path, "an ISO-8601 instant", Instant::parse);
  }

  public static OffsetDateTime offsetDateTime(JsonNode element, String name, String path) {
    return OffsetDateTime.ofInstant(instant(element, name, path), ZoneOffset.UTC);
  }

  public static LocalDate localDate(JsonNode element, String name, String path) {
    return parsed(element, name, path, "a date (YYYY-MM-DD)", LocalDate::parse);
  }

  public static <E> E enumValue(
      JsonNode element, String name, String path, Function<String, E> valueOf) {
    return parsed(element, name, path, "one of the enum's constants", valueOf);
  }

  private static long integer(JsonNode element, String name, String path, long min, long max) {
    long value =
        require(
            element,
            name,
            path,
            v -> v.isIntegralNumber() && v.canConvertToLong(),
            "an integer",
            JsonNode::longValue);
    if (value < min || value > max) {
      throw new CodecException(
          path + " in the JSON array holds " + value + ", out of range.", null, null, null);
    }
    return value;
  }

  private static <T> T parsed(
      JsonNode element, String name, String path, String expected, Function<String, T> parse) {
    String text = text(element, name, path);
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new CodecException(
          path + " in the JSON array holds '" + text + "', which is not " + expected + ".",
          null,
          null,
          e);
    }
  }

  private static <T> T require(
      JsonNode element,
      String name,
      String path,
      java.util.function.Predicate<JsonNode> shape,
      String expected,
      Function<JsonNode, T> read) {
    JsonNode value = element.get(name);
    if (value == null || value.isNull()) {
      throw new CodecException(
          path + " is missing in the JSON array but the field is not @Nullable.", null, null, null);
    }
    if (!shape.test(value)) {
      throw new CodecException(
          path + " in the JSON array holds " + value + ", which is not " + expected + ".",
          null,
          null,
          null);
    }
    return read.apply(value);
  }
}
