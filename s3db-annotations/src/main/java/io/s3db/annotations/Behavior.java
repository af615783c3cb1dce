package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a resource stores records too big for S3's 2 KB of user metadata; {@link
 * BehaviorMode#USER_MANAGED} when absent.
 *
 * <pre>{@code
 * @S3Resource(name = "articles")
 * @Behavior(BehaviorMode.BODY_OVERFLOW)
 * public record Article(@Nullable String id, String title, String body) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Behavior {
  /**
   * {@return where the record's fields go: user metadata only, the body only, or metadata with the
   * body for what does not fit}
   */
  BehaviorMode value();
}
