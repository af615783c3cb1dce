package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@code String} component to a fixed set of values; the generated validator checks it.
 * It is not written into the catalog's s3db.js rule: s3db.js 21.6.2 cannot compile an {@code enum:}
 * rule string (it needs an array), so Node services writing to the resource are not held to it. (A
 * Java {@code enum} component is restricted to its constants the same way.)
 *
 * <pre>{@code
 * @S3Resource
 * public record Ticket(@Nullable String id, @OneOf({"low", "high"}) String priority) {}
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
public @interface OneOf {
  /** {@return the allowed values, compared exactly (case-sensitive)} */
  String[] value();
}
