package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds several {@link Partition}s; javac writes it when a record repeats {@code @Partition}, so
 * there is rarely a reason to write it by hand.
 *
 * <pre>{@code
 * @S3Resource(name = "orders")
 * @Partition(name = "byStatus", fields = "status")
 * @Partition(name = "byCustomer", fields = "customerId")
 * public record Order(@Nullable String id, String customerId, String status, long cents) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Partitions {
  /** {@return the record's partitions, in the order they were declared} */
  Partition[] value();
}
