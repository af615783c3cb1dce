package io.s3db.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a field as an s3db.js (fastest-validator shorthand) rule, so that s3db.js validates what
 * it writes into a Java-defined resource the way Java does (FORMAT.md §4.5). Parts that s3db.js
 * 21.6.2 cannot take from a rule string are left out; Java still enforces them (checked against
 * s3db.js itself in s3db-interop):
 *
 * <ul>
 *   <li>enumerations ({@code enum:A,B}): s3db.js hands fastest-validator the text {@code "A,B"}
 *       where it needs an array, and the validator of the whole resource fails to compile ({@code
 *       schema.enum.join is not a function}): no Node service could connect to the database;
 *   <li>a pattern or default holding {@code |} or {@code :}: s3db.js splits the rule at every
 *       {@code |} and each part at every {@code :}, so it would keep a truncated value (a pattern
 *       {@code (\d+:\d+)} becomes the invalid {@code (\d+}, which again stops the validator from
 *       compiling);
 *   <li>a pattern or default holding the name of an s3db.js type ({@code number}, {@code json},
 *       {@code secret}, …): s3db.js picks a field's encoding by searching the whole rule string for
 *       those names, so {@code string|default:json} would be stored and read as JSON.
 * </ul>
 */
final class Rules {
  private Rules() {}

  static String of(FieldModel field) {
    List<String> parts = new ArrayList<>();
    Constraints c = field.constraints();
    FieldType type = field.type();
    if (field.secret()) {
      parts.add("secret");
    } else if (type == FieldType.STRING && c.email()) {
      parts.add("email");
    } else if (type.isCollection()) {
      parts.add("array");
      parts.add(items(field.element()));
    } else {
      parts.add(type.baseRule());
    }
    if (type.isIntegral()) {
      parts.add("integer");
    }
    if (c.notBlank() || c.notEmpty()) {
      parts.add("empty:false");
    }
    if (c.sizeMin() != null) {
      parts.add("min:" + c.sizeMin());
    }
    if (c.sizeMax() != null) {
      parts.add("max:" + c.sizeMax());
    }
    if (type.isNumber() && type != FieldType.BIG_DECIMAL) {
      numberBounds(c, parts);
    }
    if (c.pattern() != null && s3dbJsKeeps(c.pattern())) {
      parts.add("pattern:" + c.pattern());
    }
    if (c.defaultValue() != null && s3dbJsKeeps(c.defaultValue())) {
      parts.add("default:" + c.defaultValue());
    }
    if (field.nullable() && c.defaultValue() == null) {
      parts.add("optional");
    }
    return String.join("|", parts);
  }

  /**
   * The substrings s3db.js 21.6.2 looks for anywhere in a rule string to choose a field's encoding
   * ({@code Schema.generateAutoHooks}, {@code mapper}, {@code unmapper}; case-sensitive).
   */
  private static final List<String> TYPE_NAMES =
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

  /**
   * Whether s3db.js reads {@code value} back from a rule part as written, without changing the
   * field's type.
   */
  static boolean s3dbJsKeeps(String value) {
    return !value.contains("|")
        && !value.contains(":")
        && TYPE_NAMES.stream().noneMatch(value::contains);
  }

  private static void numberBounds(Constraints c, List<String> parts) {
    boolean positive = c.min() != null && c.min().signum() == 0 && !c.minInclusive();
    boolean negative = c.max() != null && c.max().signum() == 0 && !c.maxInclusive();
    if (positive) {
      parts.add("positive");
    } else if (c.min() != null && c.minInclusive()) {
      parts.add("min:" + c.min().toPlainString());
    }
    if (negative) {
      parts.add("negative");
    } else if (c.max() != null && c.maxInclusive()) {
      parts.add("max:" + c.max().toPlainString());
    }
  }

  private static String items(FieldModel element) {
    return switch (element.type()) {
      case BYTE, SHORT, INT, LONG -> "items:number|integer:true";
      case FLOAT, DOUBLE -> "items:number";
      case BOOLEAN -> "items:boolean";
      default -> "items:string";
    };
  }
}
