package io.s3db.internal.documents;

import io.s3db.documents.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One attribute's s3db.js rule string read as s3db.js reads it: split at every {@code |}, each part
 * at its first {@code :} into a name and a value, the first part naming the type (FORMAT.md §4.5).
 *
 * @param text the rule as the catalog holds it
 * @param type how the value is stored and shown
 * @param params every part after the type, name to value ({@code ""} for a flag such as {@code
 *     optional})
 * @param notEnforced why writes cannot enforce this rule as s3db.js does; null when they can
 */
record Rule(String text, ValueType type, Map<String, String> params, @Nullable String notEnforced) {

  /**
   * The names s3db.js 21.6.2 searches the whole rule string for to choose an encoding: a part other
   * than the type holding one of them means the value may be stored in a form this reading of the
   * type would not decode.
   */
  private static final List<String> ENCODING_NAMES =
      List.of(
          "embedding",
          "array",
          "items",
          "length",
          "secret",
          "password",
          "ip4",
          "ip6",
          "buffer",
          "bits",
          "money",
          "crypto",
          "decimal",
          "geo",
          "number",
          "integer",
          "bool",
          "json",
          "object",
          "datetime",
          "dateonly");

  /** The parts each type is validated for exactly as fastest-validator does. */
  private static final Set<String> COMMON = Set.of("optional", "default");

  private static final Set<String> TEXT = Set.of("empty", "min", "max", "length", "pattern");
  private static final Set<String> NUMBERS =
      Set.of("integer", "min", "max", "positive", "negative");
  private static final Set<String> ARRAYS =
      Set.of("items", "integer", "min", "max", "length", "empty");

  static Rule parse(String text) {
    String[] parts = text.split("\\|", -1);
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      params.put(
          colon < 0 ? parts[i] : parts[i].substring(0, colon),
          colon < 0 ? "" : parts[i].substring(colon + 1));
    }
    ValueType type = type(parts[0], params);
    String reason = reason(text, parts[0], type, params);
    return new Rule(text, type, Map.copyOf(params), reason);
  }

  /** A rule given as an object ({@code {type: 'string'}}), which s3db.js reads differently. */
  static Rule unsupported(String text) {
    return new Rule(text, ValueType.UNSUPPORTED, Map.of(), "a rule given as an object");
  }

  boolean optional() {
    return (params.containsKey("optional") && !"false".equals(params.get("optional")))
        || params.containsKey("default");
  }

  @Nullable String defaultValue() {
    return params.get("default");
  }

  boolean secret() {
    return type == ValueType.SECRET;
  }

  @Nullable String param(String name) {
    return params.get(name);
  }

  boolean flag(String name) {
    String value = params.get(name);
    return value != null && (value.isEmpty() || value.equals("true"));
  }

  private static ValueType type(String name, Map<String, String> params) {
    boolean integer = params.containsKey("integer") && !"false".equals(params.get("integer"));
    return switch (name) {
      case "string", "email" -> ValueType.STRING;
      case "number" -> integer ? ValueType.INTEGER : ValueType.NUMBER;
      case "boolean" -> ValueType.BOOLEAN;
      case "uuid" -> ValueType.UUID;
      case "datetime" -> ValueType.DATETIME;
      case "dateonly" -> ValueType.DATEONLY;
      case "json" -> ValueType.JSON;
      case "secret" -> ValueType.SECRET;
      case "array" ->
          switch (params.getOrDefault("items", "")) {
            case "string" -> ValueType.STRING_ARRAY;
            case "number" -> integer ? ValueType.INTEGER_ARRAY : ValueType.NUMBER_ARRAY;
            case "boolean" -> ValueType.BOOLEAN_ARRAY;
            default -> ValueType.UNSUPPORTED;
          };
      default -> ValueType.UNSUPPORTED;
    };
  }

  private static @Nullable String reason(
      String text, String name, ValueType type, Map<String, String> params) {
    if (type == ValueType.UNSUPPORTED) {
      return "its type '" + name + "' is not one this library stores";
    }
    Set<String> allowed =
        switch (type) {
          case STRING, SECRET -> TEXT;
          case INTEGER, NUMBER -> NUMBERS;
          case STRING_ARRAY, INTEGER_ARRAY, NUMBER_ARRAY, BOOLEAN_ARRAY -> ARRAYS;
          default -> Set.of();
        };
    for (Map.Entry<String, String> part : params.entrySet()) {
      String partName = part.getKey();
      if (!COMMON.contains(partName) && !allowed.contains(partName)) {
        return "its part '" + partName + "' is not enforced by this library";
      }
      boolean typeNamed =
          !partName.equals("items")
              && !partName.equals("integer")
              && ENCODING_NAMES.stream().anyMatch(part.getValue()::contains);
      if (typeNamed) {
        // s3db.js would pick another encoding for the whole value (FORMAT.md §4.5)
        return "its part '" + partName + ":" + part.getValue() + "' names an s3db.js type";
      }
      if (Set.of("min", "max", "length").contains(partName) && !isNumber(part.getValue())) {
        return "its part '" + partName + "' has no number";
      }
    }
    if (name.equals("email") && params.containsKey("pattern")) {
      return "an e-mail rule with a pattern";
    }
    if (text.contains("$$")) {
      return "it holds '$$'";
    }
    return null;
  }

  private static boolean isNumber(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
