package com.acme;

import io.s3db.PartitionKey;
import io.s3db.spi.Attribute;
import io.s3db.spi.Generated;
import io.s3db.spi.PartitionDefinition;
import io.s3db.spi.PartitionKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Typed keys of the partitions of {@link Visit}, for the DAO's {@code list}, {@code count},
 * {@code page}, {@code stream} and {@code query}:
 * <pre>{@code
 * long n = dao.count(VisitPartitions.byStart(…));
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class VisitPartitions {
  /**
   * The partitions as {@code s3db.json} declares them. Generated; not for direct use.
   */
  public static final List<PartitionDefinition<Visit>> DEFINITIONS = List.of(
      new PartitionDefinition<>("byStart", List.of(Attribute.of("start", "datetime")),
          VisitPartitions::keyOfByStart),
      new PartitionDefinition<>("byCreatedDate",
          List.of(Attribute.of("createdAt", "date|maxlength:10")),
          VisitPartitions::keyOfByCreatedDate),
      new PartitionDefinition<>("byUpdatedDate",
          List.of(Attribute.of("updatedAt", "date|maxlength:10")),
          VisitPartitions::keyOfByUpdatedDate));

  private VisitPartitions() {
  }

  /**
   * Partition {@code byStart}: the records of resource {@code visit} whose {@code start} falls on
   * the UTC day of {@code start}.
   */
  public static PartitionKey<Visit> byStart(Instant start) {
    return PartitionKeys.<Visit>builder("visit", "byStart")
        .addDate("start", start)
        .build();
  }

  /**
   * Partition {@code byStart}: the records of resource {@code visit} whose {@code start} falls on
   * the UTC day {@code start}.
   */
  public static PartitionKey<Visit> byStart(LocalDate start) {
    return PartitionKeys.<Visit>builder("visit", "byStart")
        .addDate("start", start)
        .build();
  }

  /**
   * Partition {@code byCreatedDate}: the records of resource {@code visit} whose {@code createdAt}
   * falls on the UTC day of {@code createdAt}.
   */
  public static PartitionKey<Visit> byCreatedDate(Instant createdAt) {
    return PartitionKeys.<Visit>builder("visit", "byCreatedDate")
        .addDate("createdAt", createdAt)
        .build();
  }

  /**
   * Partition {@code byCreatedDate}: the records of resource {@code visit} whose {@code createdAt}
   * falls on the UTC day {@code createdAt}.
   */
  public static PartitionKey<Visit> byCreatedDate(LocalDate createdAt) {
    return PartitionKeys.<Visit>builder("visit", "byCreatedDate")
        .addDate("createdAt", createdAt)
        .build();
  }

  /**
   * Partition {@code byUpdatedDate}: the records of resource {@code visit} whose {@code updatedAt}
   * falls on the UTC day of {@code updatedAt}.
   */
  public static PartitionKey<Visit> byUpdatedDate(Instant updatedAt) {
    return PartitionKeys.<Visit>builder("visit", "byUpdatedDate")
        .addDate("updatedAt", updatedAt)
        .build();
  }

  /**
   * Partition {@code byUpdatedDate}: the records of resource {@code visit} whose {@code updatedAt}
   * falls on the UTC day {@code updatedAt}.
   */
  public static PartitionKey<Visit> byUpdatedDate(LocalDate updatedAt) {
    return PartitionKeys.<Visit>builder("visit", "byUpdatedDate")
        .addDate("updatedAt", updatedAt)
        .build();
  }

  private static PartitionKey<Visit> keyOfByStart(Visit record) {
    return byStart(record.start());
  }

  private static @Nullable PartitionKey<Visit> keyOfByCreatedDate(Visit record) {
    Instant _createdAt = record.createdAt();
    if (_createdAt == null) {
      return null;
    }
    return byCreatedDate(_createdAt);
  }

  private static @Nullable PartitionKey<Visit> keyOfByUpdatedDate(Visit record) {
    Instant _updatedAt = record.updatedAt();
    if (_updatedAt == null) {
      return null;
    }
    return byUpdatedDate(_updatedAt);
  }
}
