package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a component takes when it is null on write, like s3db.js's {@code default:} rule. The
 * text is parsed for the component's type at compile time ({@code "42"}, {@code "true"}, {@code
 * "PRO"} for an enum, {@code "2024-01-31"} for a {@code LocalDate}), so a value that cannot parse
 * is a compile error.
 *
 * <pre>{@code
 * @S3Resource
 * public record Task(@Nullable String id, String title, @Default("open") String status, @Default("3") Integer priority) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD
})
public @interface Default {
  /**
   * {@return the default as text, parsed for the component's type: the text itself for a {@code
   * String}, a number, {@code true} or {@code false}, an enum constant's name, a canonical UUID, an
   * ISO-8601 date or instant}
   */
  String value();
}
