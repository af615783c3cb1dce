package io.s3db.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a field as an s3db.js (fastest-validator shorthand) rule, so that s3db.js validates what it
 * writes into a Java-defined resource the way Java does (FORMAT.md §4.5). Parts that shorthand cannot
 * carry (a regular expression or a value containing {@code |}) are left out; Java still enforces them.
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
    if (type == FieldType.ENUM || !c.oneOf().isEmpty()) {
      List<String> values = type == FieldType.ENUM && c.oneOf().isEmpty() ? field.enumConstants() : c.oneOf();
      if (values.stream().noneMatch(v -> v.contains("|") || v.contains(","))) {
        parts.add("enum:" + String.join(",", values));
      }
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
    if (c.pattern() != null && !c.pattern().contains("|")) {
      parts.add("pattern:" + c.pattern());
    }
    if (c.defaultValue() != null && !c.defaultValue().contains("|")) {
      parts.add("default:" + c.defaultValue());
    }
    if (field.nullable() && c.defaultValue() == null) {
      parts.add("optional");
    }
    return String.join("|", parts);
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
    switch (element.type()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return "items:number|integer:true";
      case FLOAT:
      case DOUBLE:
        return "items:number";
      case BOOLEAN:
        return "items:boolean";
      default:
        return "items:string";
    }
  }
}
