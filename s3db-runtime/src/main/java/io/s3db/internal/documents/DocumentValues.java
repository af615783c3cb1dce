package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.ValueType;
import io.s3db.spi.PartitionKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Conversions of document values: rule defaults, dates, and partition key values. */
final class DocumentValues {
  private DocumentValues() {}

  /** A rule's {@code default:} text as the value of its type. */
  static JsonNode fromRuleText(ValueType type, String text) {
    return switch (type) {
      case INTEGER, NUMBER -> Nodes.number(Double.parseDouble(text));
      case BOOLEAN -> Nodes.FACTORY.booleanNode(text.equals("true"));
      default -> Nodes.FACTORY.textNode(text);
    };
  }

  /**
   * A datetime value: ISO-8601 text ({@code 2026-11-24T10:00:00.000Z}, or with an offset) or epoch
   * milliseconds, the forms s3db.js's {@code datetime} takes and this library reads back exactly.
   *
   * @throws java.time.DateTimeException if it is neither
   */
  static Instant instant(JsonNode value) {
    return value.isIntegralNumber()
        ? Instant.ofEpochMilli(value.longValue())
        : Instant.parse(value.asText());
  }

  /**
   * A caller's partition value as a JSON value: Jackson nodes as they are, strings, numbers and
   * booleans as their nodes, dates and instants as their ISO text, UUIDs as text.
   */
  static JsonNode fromJava(String field, Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return Nodes.FACTORY.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return Nodes.FACTORY.booleanNode(bool);
    }
    if (value instanceof BigDecimal decimal) {
      return Nodes.FACTORY.numberNode(decimal);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return Nodes.integer(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return Nodes.FACTORY.numberNode(number.doubleValue());
    }
    if (value instanceof Instant instant) {
      return Nodes.FACTORY.textNode(instant.toString());
    }
    if (value instanceof OffsetDateTime time) {
      return Nodes.FACTORY.textNode(time.toInstant().toString());
    }
    if (value instanceof ZonedDateTime time) {
      return Nodes.FACTORY.textNode(time.toInstant().toString());
    }
    if (value instanceof LocalDate || value instanceof UUID) {
      return Nodes.FACTORY.textNode(value.toString());
    }
    throw new IllegalArgumentException(
        "Partition field '" + field + "' cannot take a " + value.getClass().getName());
  }

  /**
   * Adds a partition field's value as the generated factories add one of the Java type its
   * attribute reads as: text as is, integers and numbers as JavaScript prints them, booleans, UUIDs
   * in lower case, and the UTC day of dates when the attribute is a date or the partition's rule
   * names one (s3db.js's rule for {@code createdAt}'s {@code date|maxlength:10}).
   *
   * @throws IllegalArgumentException if the value does not fit the attribute's type
   */
  static void addTo(
      PartitionKeys.Builder<ObjectNode> key,
      String path,
      ValueType type,
      String partitionRule,
      JsonNode value) {
    String text = value.isValueNode() ? value.asText() : value.toString();
    try {
      if (type == ValueType.DATETIME
          || (partitionRule.contains("date") && type != ValueType.DATEONLY)) {
        if (text.length() == 10) {
          key.addDate(path, LocalDate.parse(text));
        } else {
          key.addDate(path, Instant.parse(text));
        }
        return;
      }
      switch (type) {
        case DATEONLY -> key.addDate(path, LocalDate.parse(text));
        case INTEGER -> key.add(path, value.isNumber() ? value.longValue() : Long.parseLong(text));
        case NUMBER ->
            key.add(path, value.isNumber() ? value.doubleValue() : Double.parseDouble(text));
        case BOOLEAN -> key.add(path, bool(value, text));
        case UUID -> key.add(path, UUID.fromString(text));
        default -> key.add(path, text);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Partition field '" + path + "' is " + describe(type) + "; '" + text + "' is not", e);
    }
  }

  private static boolean bool(JsonNode value, String text) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static String describe(ValueType type) {
    return switch (type) {
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean (true or false)";
      case UUID -> "a UUID";
      case DATETIME -> "a datetime (ISO-8601, or a YYYY-MM-DD day)";
      case DATEONLY -> "a date (YYYY-MM-DD)";
      default -> "text";
    };
  }
}
