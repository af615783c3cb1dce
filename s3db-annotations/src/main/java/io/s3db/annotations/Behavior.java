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
   * {@return what happens to a record that does not fit in S3's 2 KB of user metadata: see {@link
   * BehaviorMode}}
   */
  BehaviorMode value();
}
