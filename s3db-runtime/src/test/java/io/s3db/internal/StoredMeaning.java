package io.s3db.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.types.Everything.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The test's oracle: what a stored text means for each kind of field, read from the format's
 * description (README "What you can declare", FORMAT.md §4.2) and written independently of the
 * runtime's decoders, with the tolerant reads the runtime documents: leading zeros in base62,
 * {@code -} for -0, s3db.js's boolean words, ISO text for dates, hyphenated UUIDs, JSON white
 * space, repeated set elements, the empty text for any empty list. Null when the text means nothing
 * of that kind, so that a reader must refuse it.
 */
final class StoredMeaning {
  private StoredMeaning() {}

  enum Kind {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    UUID,
    DATETIME,
    DATEONLY,
    TEXT,
    ENUM,
    BIG_DECIMAL,
    TEXTS,
    ENUM_SET,
    UUIDS,
    BIG_DECIMALS,
    INTEGERS,
    DECIMALS,
    BOOLEANS,
    JSON
  }

  private static final String ALPHABET =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final Pattern BASE62_DECIMAL =
      Pattern.compile("(-?)([0-9a-zA-Z]*)(?:\\.([0-9]*(?:[eE][+-]?[0-9]+)?))?");
  private static final Pattern DECIMAL_LITERAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The value, or null when the text is none of this kind. Numbers are exact BigDecimals. */
  static @Nullable Object of(Kind kind, String text) {
    try {
      switch (kind) {
        case INTEGER:
          return integer(text);
        case DECIMAL:
          return decimal(text);
        case BOOLEAN:
          return bool(text);
        case UUID:
          return uuid(text);
        case DATETIME:
          return datetime(text);
        case DATEONLY:
          return dateOnly(text);
        case TEXT:
          return text;
        case ENUM:
          return status(text);
        case BIG_DECIMAL:
          return DECIMAL_LITERAL.matcher(text).matches() ? new BigDecimal(text) : null;
        case TEXTS:
          return split(text);
        case ENUM_SET:
          return items(split(text), StoredMeaning::status, new LinkedHashSet<>());
        case UUIDS:
          return items(
              split(text),
              t -> UUID_TEXT.matcher(t).matches() ? java.util.UUID.fromString(t) : null,
              new ArrayList<>());
        case BIG_DECIMALS:
          return items(split(text), t -> of(Kind.BIG_DECIMAL, t), new ArrayList<>());
        case INTEGERS:
          return numbers(text, StoredMeaning::integer);
        case DECIMALS:
          return numbers(text, StoredMeaning::decimal);
        case BOOLEANS:
          return booleans(text);
        case JSON:
          return json(text);
        default:
          throw new AssertionError(kind);
      }
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable BigInteger base62(String digits) {
    if (digits.isEmpty()) {
      return null;
    }
    BigInteger value = BigInteger.ZERO;
    for (char c : digits.toCharArray()) {
      int d = ALPHABET.indexOf(c);
      if (d < 0) {
        return null;
      }
      value = value.multiply(BigInteger.valueOf(62)).add(BigInteger.valueOf(d));
    }
    return value;
  }

  private static @Nullable BigDecimal integer(String text) {
    boolean negative = text.startsWith("-");
    BigInteger value = base62(negative ? text.substring(1) : text);
    return value == null ? null : new BigDecimal(negative ? value.negate() : value);
  }

  /**
   * Base62 integer part, then {@code .} and decimal fraction digits (with an exponent) as written.
   */
  private static @Nullable BigDecimal decimal(String text) {
    Matcher m = BASE62_DECIMAL.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return null;
    }
    BigInteger whole = m.group(2).isEmpty() ? BigInteger.ZERO : base62(m.group(2));
    String fraction = m.group(3);
    if (whole == null || (m.group(2).isEmpty() && fraction == null && m.group(1).isEmpty())) {
      return null;
    }
    BigDecimal value =
        fraction == null || fraction.isEmpty()
            ? new BigDecimal(whole)
            : new BigDecimal(whole + "." + fraction);
    return m.group(1).isEmpty() ? value : value.negate();
  }

  private static @Nullable Boolean bool(String text) {
    switch (text) {
      case "1":
      case "true":
      case "yes":
      case "y":
        return true;
      case "0":
      case "false":
      case "no":
      case "n":
        return false;
      default:
        return null;
    }
  }

  private static @Nullable UUID uuid(String text) {
    if (UUID_TEXT.matcher(text).matches()) {
      return java.util.UUID.fromString(text);
    }
    if (text.length() != 24) {
      return null;
    }
    long[] groups = new long[4];
    for (int i = 0; i < 4; i++) {
      BigInteger group = base62(text.substring(i * 6, i * 6 + 6));
      if (group == null || group.bitLength() > 32) {
        return null;
      }
      groups[i] = group.longValue();
    }
    return new UUID(groups[0] << 32 | groups[1], groups[2] << 32 | groups[3]);
  }

  private static @Nullable Instant datetime(String text) {
    if (text.contains(":") || text.indexOf('-', 1) > 0) {
      return Instant.parse(text);
    }
    BigDecimal millis = integer(text);
    return millis == null || millis.abs().compareTo(new BigDecimal("8.64e15")) > 0
        ? null
        : Instant.ofEpochMilli(millis.longValueExact());
  }

  private static @Nullable LocalDate dateOnly(String text) {
    if (text.contains(":") || text.indexOf('-', 1) > 0) {
      return LocalDate.parse(text);
    }
    BigDecimal days = integer(text);
    return days == null || days.abs().compareTo(new BigDecimal("1e8")) > 0
        ? null
        : LocalDate.ofEpochDay(days.longValueExact());
  }

  private static @Nullable Status status(String text) {
    for (Status status : Status.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    return null;
  }

  /**
   * s3db.js's string arrays: {@code |} separates, {@code \x} is x, a trailing lone {@code \} is
   * itself.
   */
  private static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    if (text.isEmpty()) {
      return items;
    }
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        item.append(text.charAt(++i));
      } else if (c == '|') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }

  private static <C extends java.util.Collection<Object>> @Nullable C items(
      List<String> texts, java.util.function.Function<String, @Nullable Object> item, C into) {
    for (String text : texts) {
      Object value = item.apply(text);
      if (value == null) {
        return null;
      }
      into.add(value);
    }
    return into;
  }

  private static @Nullable List<Object> numbers(
      String text, java.util.function.Function<String, @Nullable Object> item) {
    return text.isEmpty()
        ? new ArrayList<>()
        : items(List.of(text.split("\\|", -1)), item, new ArrayList<>());
  }

  /** A JSON array of booleans; the empty text is the empty list, as for every list. */
  private static @Nullable List<Object> booleans(String text) {
    if (text.isEmpty()) {
      return new ArrayList<>();
    }
    JsonNode array = json(text);
    if (array == null || !array.isArray()) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isBoolean()) {
        return null;
      }
      items.add(item.booleanValue());
    }
    return items;
  }

  private static @Nullable JsonNode json(String text) {
    try {
      JsonNode node = STRICT.readTree(text);
      return node == null || node.isMissingNode() || !finite(node) ? null : node;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static boolean finite(JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      return false;
    }
    for (JsonNode child : node) {
      if (!finite(child)) {
        return false;
      }
    }
    return true;
  }
}
