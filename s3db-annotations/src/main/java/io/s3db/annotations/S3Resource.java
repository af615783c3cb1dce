package io.s3db.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java record as an s3db resource: one S3 object per record, its fields in the object's
 * user metadata. The s3db processor generates {@code <Record>Dao}, {@code <Record>Codec} and {@code
 * <Record>Validator} next to the record, and one {@code GeneratedS3dbModule} per compilation.
 *
 * <pre>{@code
 * @S3Resource(name = "users")
 * public record User(@Nullable String id, String name, int age, Profile profile) {
 *   public record Profile(String city, @Nullable String bio) {}
 * }
 * }</pre>
 *
 * <p>Partitions are declared next to it with {@link Partition}.
 *
 * <p>The record needs a {@code String id} component. A {@code null} id is replaced by a generated
 * one on insert, so declare it {@code @Nullable} if you let s3db choose ids.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface S3Resource {

  /**
   * {@return the resource name, used in object keys ({@code resource=<name>/data/id=<id>}) and in
   * the catalog {@code s3db.json}} Defaults to the record's simple name with a lower-case first
   * letter. Letters, digits, {@code -} and {@code _} only.
   */
  String name() default "";

  /**
   * {@return the length of generated ids (nanoid over the 64-character URL alphabet), as s3db.js's
   * {@code idSize}} Not allowed with a non-default value next to {@link #idGenerator}, which makes
   * every id (a compile error, since it would be ignored).
   */
  int idSize() default 22;

  /**
   * {@return the class that makes the ids of records inserted without one} It must be a concrete
   * class implementing {@code io.s3db.ids.IdGenerator<R>} for this record type {@code R} or a
   * supertype of it, with an accessible no-argument constructor; the generated DAO creates one with
   * {@code new}. It receives the record, so ids can be derived from its fields. The runtime has
   * {@code UuidV7Ids} (time-ordered: records list in creation order), {@code UuidV4Ids} and {@code
   * NanoIds}, all in {@code io.s3db.ids}. {@code Void.class}, the default, means nanoids of {@link
   * #idSize} characters.
   *
   * <pre>{@code
   * @S3Resource(name = "events", idGenerator = UuidV7Ids.class)
   * public record Event(@Nullable String id, String type) {}
   * }</pre>
   */
  Class<?> idGenerator() default Void.class;

  /**
   * {@return whether destructive whole-resource calls are refused} {@code deleteAll()} throws while
   * this is true, as in s3db.js ({@code paranoid}, stored per version in {@code s3db.json}). Set it
   * to false on resources you mean to wipe, such as caches or test data.
   */
  boolean paranoid() default true;

  /**
   * {@return whether s3db stamps records with their creation and last-update time, as s3db.js's
   * {@code timestamps}} The record then declares the components {@code @Nullable Instant createdAt}
   * and {@code @Nullable Instant updatedAt} (a compile error otherwise): {@code insert} sets both
   * to the same instant (millisecond precision, as a JS {@code Date}), {@code update} keeps {@code
   * createdAt} and sets {@code updatedAt}, and an {@code upsert} that replaces a record keeps its
   * stored {@code createdAt}; values the caller put there are overwritten. Both are stored as
   * s3db.js 21.x stores them ({@code datetime|optional}), and the resource gets s3db.js's automatic
   * partitions {@code byCreatedDate} and {@code byUpdatedDate} by UTC day, with factories {@code
   * <Record>Partitions.byCreatedDate(LocalDate)} and {@code byUpdatedDate(LocalDate)}.
   *
   * <pre>{@code
   * @S3Resource(name = "orders", timestamps = true)
   * public record Order(@Nullable String id, String status,
   *     @Nullable Instant createdAt, @Nullable Instant updatedAt) {}
   *
   * long today = orders.count(OrderPartitions.byCreatedDate(LocalDate.now(ZoneOffset.UTC)));
   * }</pre>
   */
  boolean timestamps() default false;

  /**
   * {@return whether every schema version's records are kept apart, as s3db.js's {@code
   * versioningEnabled}} Records are then referenced in the automatic partition {@code byVersion}
   * ({@code PartitionKey.byVersion("v1")}), and an update of a record written under an older schema
   * version first copies it to {@code resource=<name>/historical/id=<id>}.
   */
  boolean versioning() default false;
}
