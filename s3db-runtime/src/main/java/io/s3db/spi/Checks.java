package io.s3db.spi;

import io.s3db.Violation;
import io.s3db.internal.format.Surrogates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks generated validators run, worded once. Each appends its violation to {@code out}; the
 * {@code shown} argument is the rejected value as text, or null for a secret, whose value is never
 * shown.
 */
public final class Checks {
  /**
   * The simple e-mail shape s3db.js (fastest-validator's "quick" mode) accepts, so both sides
   * agree.
   */
  private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");

  /** JavaScript dates cover ±8.64e15 ms around the epoch. */
  private static final long JS_DATE_LIMIT_MS = 8_640_000_000_000_000L;

  private Checks() {}

  public static Violation missing(String path) {
    return new Violation(
        path, "required", "must not be null (declare it @Nullable to allow absence)", null);
  }

  public static void text(List<Violation> out, String path, String value) {
    if (!Surrogates.isWellFormed(value)) {
      out.add(
          new Violation(
              path,
              "unicode",
              "contains an unpaired surrogate, which is not Unicode text and has"
                  + " no UTF-8 form; S3 metadata could not store it",
              null));
    }
  }

  /** s3db.js reads a secret whose text is {@code undefined} or {@code null} back as absent. */
  public static void secret(List<Violation> out, String path, String value) {
    if (value.equals("undefined") || value.equals("null")) {
      out.add(
          new Violation(
              path,
              "secret",
              "cannot be the text 'undefined' or 'null': s3db.js stores an absent"
                  + " secret that way and reads it back as absent",
              null));
    }
  }

  public static void notBlank(List<Violation> out, String path, String value, boolean secret) {
    if (value.isBlank()) {
      out.add(new Violation(path, "notBlank", "must not be blank", secret ? null : value));
    }
  }

  public static void notEmpty(List<Violation> out, String path, int size) {
    if (size == 0) {
      out.add(new Violation(path, "notEmpty", "must not be empty", null));
    }
  }

  public static void size(List<Violation> out, String path, int size, int min, int max) {
    if (size < min || size > max) {
      out.add(
          new Violation(
              path,
              "size",
              "size must be between " + min + " and " + max + " (was " + size + ")",
              null));
    }
  }

  public static void email(List<Violation> out, String path, String value) {
    if (!EMAIL.matcher(value).matches()) {
      out.add(new Violation(path, "email", "must be an e-mail address", value));
    }
  }

  public static void pattern(
      List<Violation> out, String path, String value, Pattern pattern, boolean secret) {
    if (!pattern.matcher(value).matches()) {
      out.add(
          new Violation(path, "pattern", "must match " + pattern.pattern(), secret ? null : value));
    }
  }

  public static void oneOf(List<Violation> out, String path, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      out.add(new Violation(path, "oneOf", "must be one of " + allowed, value));
    }
  }

  public static void finite(List<Violation> out, String path, double value) {
    if (!Double.isFinite(value)) {
      out.add(
          new Violation(
              path,
              "finite",
              "must be a finite number; s3db.js cannot store NaN or infinity",
              String.valueOf(value)));
    }
  }

  /**
   * Adds a violation when {@code value} lies outside the bounds.
   *
   * @param min null for no lower bound
   * @param minInclusive whether {@code min} itself is allowed
   */
  public static void range(
      List<Violation> out,
      String path,
      BigDecimal value,
      @Nullable BigDecimal min,
      boolean minInclusive,
      @Nullable BigDecimal max,
      boolean maxInclusive) {
    if (min != null && (minInclusive ? value.compareTo(min) < 0 : value.compareTo(min) <= 0)) {
      out.add(
          new Violation(
              path,
              "min",
              "must be " + (minInclusive ? "at least " : "greater than ") + min.toPlainString(),
              value.toPlainString()));
    }
    if (max != null && (maxInclusive ? value.compareTo(max) > 0 : value.compareTo(max) >= 0)) {
      out.add(
          new Violation(
              path,
              "max",
              "must be " + (maxInclusive ? "at most " : "less than ") + max.toPlainString(),
              value.toPlainString()));
    }
  }

  public static void digits(
      List<Violation> out, String path, BigDecimal value, int integer, int fraction) {
    BigDecimal stripped = value.stripTrailingZeros();
    int fractionDigits = Math.max(0, stripped.scale());
    int integerDigits = stripped.precision() - stripped.scale();
    if (integerDigits > integer || fractionDigits > fraction) {
      out.add(
          new Violation(
              path,
              "digits",
              "must have at most " + integer + " integer and " + fraction + " fraction digits",
              value.toPlainString()));
    }
  }

  /** A datetime is JavaScript milliseconds: nothing finer, nothing outside a JS Date's range. */
  public static void datetime(List<Violation> out, String path, Instant value) {
    if (value.getNano() % 1_000_000 != 0) {
      out.add(
          new Violation(
              path,
              "datetime",
              "must have millisecond precision (s3db.js datetimes do); truncate"
                  + " it with truncatedTo(ChronoUnit.MILLIS)",
              value.toString()));
    } else if (Math.abs(value.getEpochSecond()) > JS_DATE_LIMIT_MS / 1000) {
      out.add(
          new Violation(
              path, "datetime", "is outside the range of a JavaScript date", value.toString()));
    }
  }

  /** A datetime stores an instant; an offset other than UTC would not come back. */
  public static void datetime(List<Violation> out, String path, OffsetDateTime value) {
    if (!value.getOffset().equals(ZoneOffset.UTC)) {
      out.add(
          new Violation(
              path,
              "datetime",
              "must be at offset UTC (a datetime stores an instant and reads back"
                  + " in UTC); convert it with withOffsetSameInstant(ZoneOffset.UTC)",
              value.toString()));
    }
    datetime(out, path, value.toInstant());
  }

  public static void dateOnly(List<Violation> out, String path, LocalDate value) {
    if (value.getYear() < 0 || value.getYear() > 9999) {
      out.add(
          new Violation(
              path,
              "dateonly",
              "must be in the years 0000 to 9999 (s3db.js's YYYY-MM-DD)",
              value.toString()));
    }
  }

  /**
   * Adds a violation when {@code value} is not on the required side of now.
   *
   * @param when {@code past}, {@code pastOrPresent}, {@code future} or {@code futureOrPresent}
   */
  public static void temporal(List<Violation> out, String path, Instant value, String when) {
    int comparison = value.compareTo(Instant.now());
    temporal(out, path, comparison, when, value.toString());
  }

  public static void temporal(List<Violation> out, String path, LocalDate value, String when) {
    temporal(out, path, value.compareTo(LocalDate.now(ZoneOffset.UTC)), when, value.toString());
  }

  private static void temporal(
      List<Violation> out, String path, int comparison, String when, String shown) {
    boolean ok =
        switch (when) {
          case "past" -> comparison < 0;
          case "pastOrPresent" -> comparison <= 0;
          case "future" -> comparison > 0;
          default -> comparison >= 0;
        };
    if (!ok) {
      out.add(
          new Violation(
              path,
              when,
              "must be in the "
                  + (when.startsWith("past") ? "past" : "future")
                  + (when.endsWith("OrPresent") ? " or present" : ""),
              shown));
    }
  }

  /**
   * Items of a collection: none null, texts valid Unicode, numbers finite; and not a lone empty
   * string, which s3db.js's format cannot tell from an empty list.
   */
  public static void items(List<Violation> out, String path, Collection<?> items) {
    int index = 0;
    for (Object item : items) {
      String at = path + "[" + index++ + "]";
      if (item == null) {
        out.add(new Violation(at, "required", "collections must not hold null", null));
      } else if (item instanceof String string) {
        text(out, at, string);
      } else if (item instanceof Double || item instanceof Float) {
        finite(out, at, ((Number) item).doubleValue());
      }
    }
    if (items.size() == 1 && "".equals(items.iterator().next())) {
      out.add(
          new Violation(
              path,
              "items",
              "a list holding only an empty string is stored exactly like an empty"
                  + " list (s3db.js's format), so it would not come back",
              "[\"\"]"));
    }
  }

  /** A JSON field's values: only what JSON can hold. */
  public static void json(List<Violation> out, String path, Object value) {
    String problem = JsonValueProblems.of(value);
    if (problem != null) {
      out.add(new Violation(path, "json", problem, null));
    }
  }
}
