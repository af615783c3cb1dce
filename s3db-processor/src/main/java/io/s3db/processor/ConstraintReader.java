package io.s3db.processor;

import io.s3db.processor.model.Constraints;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads the validation annotations of one field: Jakarta Bean Validation constraints by name (no
 * dependency on a validator, and {@code jakarta.validation-api} stays optional for users), and
 * s3db's {@code @Default} and {@code @OneOf}. Reports a constraint on a type it cannot apply to, a
 * regular expression that does not compile and a default that does not parse.
 */
final class ConstraintReader {
  private static final Set<String> CONSTRAINT_PACKAGES =
      Set.of(
          "jakarta.validation.constraints", "javax.validation.constraints", "io.s3db.annotations");

  private final Reporter reporter;
  private final Element at;
  private final String where;
  private final FieldModel field;
  private boolean failed;

  ConstraintReader(Reporter reporter, Element at, String where, FieldModel field) {
    this.reporter = reporter;
    this.at = at;
    this.where = where;
    this.field = field;
  }

  /** The field's constraints, or null when one of them is wrong (reported). */
  Constraints read(Map<String, AnnotationMirror> annotations) {
    FieldType type = field.type();
    boolean text = type == FieldType.STRING;
    boolean sized =
        text
            || type.isCollection()
            || type == FieldType.JSON
            || type == FieldType.STRING_MAP
            || type == FieldType.RECORD_LIST;
    boolean number = type.isNumber();
    boolean notBlank = flag(annotations, "NotBlank", text, "It checks text.");
    boolean notEmpty =
        flag(annotations, "NotEmpty", sized, "It checks text, collections and maps.");
    Integer sizeMin = null;
    Integer sizeMax = null;
    AnnotationMirror size =
        constraint(annotations, "Size", sized, "It checks text, collections and maps.");
    if (size != null) {
      sizeMin = Annotations.integer(size, "min", null);
      sizeMax = Annotations.integer(size, "max", null);
    }
    BigDecimal min = null;
    boolean minInclusive = true;
    BigDecimal max = null;
    boolean maxInclusive = true;
    String numbers = "It checks numbers.";
    AnnotationMirror annotation;
    if ((annotation = constraint(annotations, "Min", number, numbers)) != null) {
      min = new BigDecimal(Annotations.string(annotation, "value", "0"));
    }
    if ((annotation = constraint(annotations, "Max", number, numbers)) != null) {
      max = new BigDecimal(Annotations.string(annotation, "value", "0"));
    }
    if ((annotation = constraint(annotations, "DecimalMin", number, numbers)) != null) {
      min = decimal(annotation);
      minInclusive = Annotations.bool(annotation, "inclusive", true);
    }
    if ((annotation = constraint(annotations, "DecimalMax", number, numbers)) != null) {
      max = decimal(annotation);
      maxInclusive = Annotations.bool(annotation, "inclusive", true);
    }
    if (flag(annotations, "Positive", number, numbers)) {
      min = BigDecimal.ZERO;
      minInclusive = false;
    }
    if (flag(annotations, "PositiveOrZero", number, numbers)) {
      min = BigDecimal.ZERO;
      minInclusive = true;
    }
    if (flag(annotations, "Negative", number, numbers)) {
      max = BigDecimal.ZERO;
      maxInclusive = false;
    }
    if (flag(annotations, "NegativeOrZero", number, numbers)) {
      max = BigDecimal.ZERO;
      maxInclusive = true;
    }
    Integer integerDigits = null;
    Integer fractionDigits = null;
    if ((annotation = constraint(annotations, "Digits", number, numbers)) != null) {
      integerDigits = Annotations.integer(annotation, "integer", 0);
      fractionDigits = Annotations.integer(annotation, "fraction", 0);
    }
    boolean email = flag(annotations, "Email", text, "It checks text.");
    String pattern = null;
    if ((annotation = constraint(annotations, "Pattern", text, "It checks text.")) != null) {
      pattern = Annotations.string(annotation, "regexp", "");
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        reporter.report(Message.INVALID_PATTERN, at, where, pattern, e.getDescription());
        failed = true;
      }
    }
    String temporal = null;
    for (String name : List.of("Past", "PastOrPresent", "Future", "FutureOrPresent")) {
      if (flag(
          annotations,
          name,
          type.isTemporal(),
          "It checks Instant, OffsetDateTime and LocalDate.")) {
        temporal = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      }
    }
    List<String> oneOf = List.of();
    if ((annotation =
            constraint(annotations, "OneOf", text, "It checks text; an enum restricts itself."))
        != null) {
      oneOf = Annotations.strings(annotation, "value");
    }
    String defaultValue = null;
    AnnotationMirror defaults =
        constraint(
            annotations,
            "Default",
            !field.primitive()
                && !type.isCollection()
                && type != FieldType.JSON
                && type != FieldType.STRING_MAP
                && type != FieldType.RECORD_LIST,
            field.primitive()
                ? "A primitive is never null; use its box."
                : "Defaults are for scalar values.");
    if (defaults != null) {
      defaultValue = Annotations.string(defaults, "value", "");
      String problem = parseProblem(defaultValue);
      if (problem != null) {
        reporter.report(Message.INVALID_DEFAULT, at, where, defaultValue, javaName(), problem);
        failed = true;
      }
    }
    return failed
        ? null
        : new Constraints(
            notBlank,
            notEmpty,
            sizeMin,
            sizeMax,
            min,
            minInclusive,
            max,
            maxInclusive,
            email,
            pattern,
            temporal,
            oneOf,
            defaultValue,
            integerDigits,
            fractionDigits);
  }

  private boolean flag(
      Map<String, AnnotationMirror> annotations, String name, boolean applies, String why) {
    return constraint(annotations, name, applies, why) != null;
  }

  /**
   * The annotation if present and applicable; reports it when present on a type it cannot check.
   */
  private AnnotationMirror constraint(
      Map<String, AnnotationMirror> annotations, String name, boolean applies, String why) {
    AnnotationMirror annotation = annotations.get(name);
    if (annotation == null || !CONSTRAINT_PACKAGES.contains(packageOf(annotation))) {
      return null;
    }
    if (!applies
        || (field.secret()
            && !name.equals("NotBlank")
            && !name.equals("NotEmpty")
            && !name.equals("Size"))) {
      reporter.report(
          Message.CONSTRAINT_TYPE_MISMATCH,
          at,
          where,
          name,
          field.secret() ? "a @Secret" : javaName(),
          field.secret()
              ? "A secret's value is never inspected beyond its presence and length."
              : why);
      failed = true;
      return null;
    }
    return annotation;
  }

  private static String packageOf(AnnotationMirror annotation) {
    String name = Annotations.qualifiedName(annotation);
    return name.substring(0, Math.max(0, name.lastIndexOf('.')));
  }

  private static BigDecimal decimal(AnnotationMirror annotation) {
    return new BigDecimal(Annotations.string(annotation, "value", "0"));
  }

  private String javaName() {
    return field.javaType().toString();
  }

  /** Why the default text does not parse as the field's type; null when it does. */
  private String parseProblem(String value) {
    try {
      return switch (field.type()) {
        case STRING -> null;
        case BYTE -> {
          Byte.parseByte(value);
          yield null;
        }
        case SHORT -> {
          Short.parseShort(value);
          yield null;
        }
        case INT -> {
          Integer.parseInt(value);
          yield null;
        }
        case LONG -> {
          Long.parseLong(value);
          yield null;
        }
        case FLOAT, DOUBLE ->
            Double.isFinite(Double.parseDouble(value)) ? null : "it must be a finite number";
        case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "use true or false";
        case BIG_DECIMAL -> {
          new BigDecimal(value);
          yield null;
        }
        case ENUM ->
            field.enumConstants().contains(value) ? null : "use one of " + field.enumConstants();
        case UUID ->
            UUID.fromString(value).toString().equals(value)
                ? null
                : "use the canonical lower-case form";
        case INSTANT -> {
          Instant.parse(value);
          yield null;
        }
        case OFFSET_DATE_TIME ->
            OffsetDateTime.parse(value).getOffset().getTotalSeconds() == 0
                ? null
                : "use the UTC offset Z; a datetime stores an instant and reads back in UTC";
        case LOCAL_DATE -> {
          LocalDate.parse(value);
          yield null;
        }
        default -> "defaults are for scalar values";
      };
    } catch (RuntimeException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
