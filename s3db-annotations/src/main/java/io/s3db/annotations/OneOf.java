package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@code String} component to a fixed set of values, like s3db.js's {@code enum:} rule. (A Java
 * {@code enum} component gets the same rule from its constants.)
 *
 * <pre>{@code
 * @S3Resource
 * public record Ticket(@Nullable String id, @OneOf({"low", "high"}) String priority) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface OneOf {
  String[] value();
}
