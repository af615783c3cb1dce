package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a partition of an {@link S3Resource}: besides its data object, every record gets a
 * zero-byte reference object whose key holds the partition's field values, so the records with
 * given values can be listed, counted and paged by key prefix without reading the others (s3db.js's
 * {@code partitions}).
 *
 * <pre>{@code
 * @S3Resource(name = "users")
 * @Partition(name = "byRegion", fields = "region")
 * @Partition(name = "byCountryAndPlan", fields = {"profile.country", "plan"})
 * public record User(@Nullable String id, String name, String region, String plan, Profile profile) {
 *   public record Profile(String country, @Nullable String bio) {}
 * }
 * }</pre>
 *
 * <p>The processor generates {@code UserPartitions} with one typed factory per partition ({@code
 * UserPartitions.byRegion(String region)}, {@code byCountryAndPlan(String profileCountry, String
 * plan)}, parameters in the order of {@link #fields()}) to pass to the DAO's {@code list}, {@code
 * count}, {@code page}, {@code stream} and {@code query}.
 *
 * <p>Fields are leaves holding one value, nested ones by dotted path: String, numbers, boolean,
 * enums (by name), UUID, BigDecimal (its exact text), and dates. An {@code Instant}, {@code
 * OffsetDateTime} or {@code LocalDate} field puts its UTC date in the key ({@code day=2026-11-24}),
 * as s3db.js does for {@code datetime} and {@code dateonly} attributes, so the partition groups
 * records by day; its factory takes the field's type, and also a {@code LocalDate} for {@code
 * Instant} and {@code OffsetDateTime} fields. Lists, sets, JSON values and {@code @Secret}s are
 * refused (no single value, or a secret in a key). A record whose field is null (a
 * {@code @Nullable} field) gets no reference and does not appear in the partition, as in s3db.js.
 * Values containing {@code / \ = %}, {@code ..} or control characters are rejected on write, since
 * they would change the key's shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Partitions.class)
public @interface Partition {

  /**
   * {@return the partition name: the key segment {@code partition=<name>}, the name in {@code
   * s3db.json}, and the name of the generated factory method, so a Java identifier such as {@code
   * byRegion}}
   */
  String name();

  /**
   * {@return the partitioned fields: component names, dotted for nested records ({@code
   * profile.country})}
   */
  String[] fields();
}
