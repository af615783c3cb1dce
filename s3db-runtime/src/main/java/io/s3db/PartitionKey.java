package io.s3db;

import io.s3db.spi.PartitionKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which records of a resource a query covers: all of them ({@link #all()}), or those of one
 * partition whose fields have given values. Keys are made by the generated, typed factories ({@code
 * UserPartitions.byRegion("eu-west")}), so a {@code PartitionKey<User>} cannot be passed to another
 * resource's DAO. Immutable.
 *
 * <pre>{@code
 * long n = users.count(UserPartitions.byRegion("eu-west"));
 * List<User> everyone = users.list(PartitionKey.all());
 * }</pre>
 *
 * <p>A partition key selects by exact values: {@code byRegion("us")} never returns records of
 * {@code region=us-east} (s3db.js's listing prefix lacks a trailing {@code /} and does; FORMAT.md
 * §12.33).
 */
public final class PartitionKey<T> {
  private static final PartitionKey<?> ALL = new PartitionKey<>(null, Map.of());

  private final @Nullable String partitionName;
  private final Map<String, String> values;

  private PartitionKey(@Nullable String partitionName, Map<String, String> values) {
    this.partitionName = partitionName;
    this.values = values;
  }

  /**
   * Made by {@link PartitionKeys} for the generated factories, which render and check the values
   * and put the fields in key order; use those factories instead.
   *
   * @param built the partition's name and values, checked and in key order
   */
  public PartitionKey(PartitionKeys.Builder<T> built) {
    this(built.partitionName(), Collections.unmodifiableMap(new LinkedHashMap<>(built.values())));
  }

  /** The automatic partition of a resource with {@code @S3Resource(versioning = true)}. */
  public static final String BY_VERSION = "byVersion";

  /**
   * The records written under one schema version ({@code "v1"}) of a resource with
   * {@code @S3Resource(versioning = true)}: s3db.js's {@code byVersion} partition.
   *
   * @param <T> the record type
   * @param version the schema version, as stored in {@code _v} ({@code "v1"})
   * @return the key of that version's records
   */
  public static <T> PartitionKey<T> byVersion(String version) {
    return new PartitionKey<>(BY_VERSION, Map.of("_v", version));
  }

  /**
   * Every record of the resource.
   *
   * @param <T> the record type
   * @return the key of all records; the same object for every type
   */
  @SuppressWarnings("unchecked")
  public static <T> PartitionKey<T> all() {
    return (PartitionKey<T>) ALL;
  }

  /** {@return the partition, or empty for {@link #all()}} */
  public Optional<String> partitionName() {
    return Optional.ofNullable(partitionName);
  }

  /**
   * Whether this is {@link #all()}.
   *
   * @return true for the key of all records
   */
  public boolean isAll() {
    return partitionName == null;
  }

  /**
   * {@return field path → value as written in object keys ({@code region → eu-west}, {@code age →
   * 34}, {@code vip → true}), in key order; empty for {@link #all()}}
   *
   * <p>The map is unmodifiable.
   */
  public Map<String, String> values() {
    return values;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartitionKey<?> other
        && Objects.equals(partitionName, other.partitionName)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partitionName, values);
  }

  /** {@code byRegion{region=eu-west}}, or {@code all}. */
  @Override
  public String toString() {
    return partitionName == null ? "all" : partitionName + values;
  }
}
