package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.Violation;
import io.s3db.documents.ValueType;
import io.s3db.internal.format.Dates;
import io.s3db.spi.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of one present value against its rule, as fastest-validator words and applies them:
 * the type first (nothing else is checked of a value of the wrong type), then {@code empty}, {@code
 * min}, {@code max}, {@code length} (text length in UTF-16 units, as JavaScript counts; the item
 * count of arrays), {@code pattern} (found anywhere in the text, as {@code RegExp.test}), {@code
 * positive}, {@code negative} and {@code integer}.
 */
final class RuleChecks {
  /** fastest-validator's uuid pattern: versions 1 to 8, or the nil UUID. */
  private static final Pattern UUID =
      Pattern.compile(
          "^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"
              + "|0{8}-0{4}-0{4}-0{4}-0{12})$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private RuleChecks() {}

  static void check(Field field, JsonNode value, List<Violation> out) {
    String path = field.path();
    Rule rule = field.rule();
    boolean secret = rule.secret();
    String shown = secret ? null : value.isTextual() ? value.textValue() : value.toString();
    switch (rule.type()) {
      case STRING, SECRET -> {
        if (!value.isTextual()) {
          out.add(new Violation(path, "string", "must be a string", shown));
          return;
        }
        text(rule, path, value.textValue(), shown, out);
      }
      case INTEGER, NUMBER -> number(rule, path, value, shown, out);
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          out.add(new Violation(path, "boolean", "must be a boolean", shown));
        }
      }
      case UUID -> {
        if (!value.isTextual() || !UUID.matcher(value.textValue()).matches() || !variant(value)) {
          out.add(new Violation(path, "uuid", "must be a UUID", shown));
        }
      }
      case DATETIME -> {
        try {
          Dates.encodeDatetime(DocumentValues.instant(value));
        } catch (DateTimeException | IllegalArgumentException e) {
          out.add(
              new Violation(
                  path,
                  "datetime",
                  "must be an ISO-8601 datetime or epoch milliseconds, in whole milliseconds",
                  shown));
        }
      }
      case DATEONLY -> {
        try {
          if (!value.isTextual() || !DAY.matcher(value.textValue()).matches()) {
            throw new DateTimeException("not YYYY-MM-DD");
          }
          Dates.encodeDateOnly(LocalDate.parse(value.textValue()));
        } catch (DateTimeException | IllegalArgumentException e) {
          out.add(new Violation(path, "dateonly", "must be a date, YYYY-MM-DD", shown));
        }
      }
      case JSON -> {}
      case STRING_ARRAY, INTEGER_ARRAY, NUMBER_ARRAY, BOOLEAN_ARRAY ->
          array(rule, path, value, shown, out);
      case UNSUPPORTED -> out.add(new Violation(path, "unsupported", "cannot be written", null));
    }
  }

  /** fastest-validator's variant check for versions 3 to 5, 7 and 8. */
  private static boolean variant(JsonNode value) {
    String text = value.textValue().toLowerCase(Locale.ROOT);
    char version = text.charAt(14);
    return "345678".indexOf(version) < 0 || "89ab".indexOf(text.charAt(19)) >= 0;
  }

  private static void text(
      Rule rule, String path, String value, @Nullable String shown, List<Violation> out) {
    Checks.text(out, path, value);
    if (rule.secret()) {
      Checks.secret(out, path, value);
    }
    if ("false".equals(rule.param("empty")) && value.isEmpty()) {
      out.add(new Violation(path, "empty", "must not be empty", shown));
    }
    size(rule, path, value.length(), "characters", shown, out);
    String pattern = rule.param("pattern");
    if (pattern != null) {
      try {
        if (!Pattern.compile(pattern).matcher(value).find()) {
          out.add(new Violation(path, "pattern", "must match " + pattern, shown));
        }
      } catch (PatternSyntaxException e) {
        out.add(new Violation(path, "pattern", "has a pattern Java cannot compile", null));
      }
    }
    if (rule.text().startsWith("email")) {
      Checks.email(out, path, value);
    }
  }

  private static void number(
      Rule rule, String path, JsonNode value, @Nullable String shown, List<Violation> out) {
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      out.add(new Violation(path, "number", "must be a number", shown));
      return;
    }
    double number = value.doubleValue();
    if (rule.type() == ValueType.INTEGER && !integral(value)) {
      out.add(new Violation(path, "integer", "must be an integer", shown));
    }
    if (rule.flag("positive") && number <= 0) {
      out.add(new Violation(path, "positive", "must be positive", shown));
    }
    if (rule.flag("negative") && number >= 0) {
      out.add(new Violation(path, "negative", "must be negative", shown));
    }
    String min = rule.param("min");
    if (min != null && number < Double.parseDouble(min)) {
      out.add(new Violation(path, "min", "must be at least " + min, shown));
    }
    String max = rule.param("max");
    if (max != null && number > Double.parseDouble(max)) {
      out.add(new Violation(path, "max", "must be at most " + max, shown));
    }
  }

  /** A whole number a {@code long} holds, which is what the base62 integer form stores. */
  private static boolean integral(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.canConvertToLong();
    }
    double number = value.doubleValue();
    return number == Math.rint(number) && Math.abs(number) < 9.2e18;
  }

  private static void array(
      Rule rule, String path, JsonNode value, @Nullable String shown, List<Violation> out) {
    if (!value.isArray()) {
      out.add(new Violation(path, "array", "must be an array", shown));
      return;
    }
    if ("false".equals(rule.param("empty")) && value.isEmpty()) {
      out.add(new Violation(path, "empty", "must not be empty", shown));
    }
    size(rule, path, value.size(), "items", shown, out);
    boolean onlyEmptyText = value.size() == 1 && "".equals(value.get(0).textValue());
    if (rule.type() == ValueType.STRING_ARRAY && onlyEmptyText) {
      // [""] and [] have one stored form (FORMAT.md §4.2)
      out.add(new Violation(path, "items", "cannot be a list of one empty string", shown));
    }
    for (JsonNode item : value) {
      boolean fits =
          switch (rule.type()) {
            case STRING_ARRAY -> item.isTextual();
            case INTEGER_ARRAY -> item.isNumber() && integral(item);
            case NUMBER_ARRAY -> item.isNumber() && Double.isFinite(item.doubleValue());
            default -> item.isBoolean();
          };
      if (!fits) {
        out.add(
            new Violation(
                path, "items", "must hold only " + rule.param("items") + " items", shown));
        return;
      }
      if (item.isTextual()) {
        Checks.text(out, path, item.textValue());
      }
    }
  }

  private static void size(
      Rule rule, String path, int size, String unit, @Nullable String shown, List<Violation> out) {
    String min = rule.param("min");
    if (min != null && size < Double.parseDouble(min)) {
      out.add(new Violation(path, "min", "must have at least " + min + " " + unit, shown));
    }
    String max = rule.param("max");
    if (max != null && size > Double.parseDouble(max)) {
      out.add(new Violation(path, "max", "must have at most " + max + " " + unit, shown));
    }
    String length = rule.param("length");
    if (length != null && size != Double.parseDouble(length)) {
      out.add(new Violation(path, "length", "must have exactly " + length + " " + unit, shown));
    }
  }
}
