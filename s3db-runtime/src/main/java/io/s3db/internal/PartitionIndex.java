package io.s3db.internal;

import io.s3db.PartitionKey;
import io.s3db.S3dbException;
import io.s3db.ValidationException;
import io.s3db.spi.Attribute;
import io.s3db.spi.PartitionDefinition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A resource's partitions: which reference keys a record has, and whether a partition key belongs
 * to the resource. The reference keys of a record are computed from its values alone (never
 * listed), which is what lets an update or delete find the old references without a LIST.
 */
final class PartitionIndex<T> {
  private final String resource;
  private final ResourceKeys keys;
  private final Map<String, PartitionDefinition<T>> byName = new LinkedHashMap<>();

  /** Whether the resource keeps the automatic {@code byVersion} partition. */
  private final boolean versioning;

  PartitionIndex(
      String resource,
      ResourceKeys keys,
      List<PartitionDefinition<T>> definitions,
      boolean versioning) {
    this.resource = resource;
    this.versioning = versioning;
    this.keys = keys;
    for (PartitionDefinition<T> definition : definitions) {
      byName.put(definition.name(), definition);
    }
  }

  /** Whether records have no references at all. */
  boolean isEmpty() {
    return byName.isEmpty() && !versioning;
  }

  /**
   * The reference keys of a record about to be written, in partition order.
   *
   * @throws ValidationException if a partition value cannot be part of a key
   */
  Set<String> refKeys(T record, String id) {
    Set<String> refs = new LinkedHashSet<>();
    for (PartitionDefinition<T> definition : byName.values()) {
      PartitionKey<T> key;
      try {
        key = definition.keyOf().apply(record);
      } catch (ValidationException e) {
        throw new ValidationException(resource, id, e.violations());
      }
      if (key != null) {
        refs.add(keys.refKey(key, id));
      }
    }
    return refs;
  }

  /**
   * The reference keys of a stored record, leaving out partitions whose stored value could not be a
   * key (written by another client): that value never had a reference this library could name.
   */
  Set<String> storedRefKeys(T record, String id) {
    Set<String> refs = new LinkedHashSet<>();
    for (PartitionDefinition<T> definition : byName.values()) {
      try {
        PartitionKey<T> key = definition.keyOf().apply(record);
        if (key != null) {
          refs.add(keys.refKey(key, id));
        }
      } catch (ValidationException e) {
        // no key for this partition
      }
    }
    return refs;
  }

  /** Whether the record, as stored now, belongs under the key: false for a stale reference. */
  boolean matches(PartitionKey<T> key, T record) {
    if (key.isAll()) {
      return true;
    }
    try {
      PartitionDefinition<T> definition = byName.get(key.partitionName().orElseThrow());
      return definition != null && key.equals(definition.keyOf().apply(record));
    } catch (ValidationException e) {
      return false;
    }
  }

  /**
   * @throws S3dbException if the key names a partition the resource lacks, or other fields
   */
  void check(PartitionKey<T> key) {
    if (key.isAll()) {
      return;
    }
    String name = key.partitionName().orElseThrow();
    if (name.equals(PartitionKey.BY_VERSION) && versioning) {
      return; // made only by PartitionKey.byVersion, with its one field
    }
    PartitionDefinition<T> definition = byName.get(name);
    if (definition == null) {
      throw new S3dbException(
          "Resource '"
              + resource
              + "' has no partition '"
              + name
              + "'; its partitions: "
              + byName.keySet()
              + ". Use the generated <Record>Partitions factories.",
          resource,
          null,
          null);
    }
    Set<String> fields = new TreeSet<>();
    definition.fields().stream().map(Attribute::path).forEach(fields::add);
    if (!fields.equals(new TreeSet<>(key.values().keySet()))) {
      throw new S3dbException(
          "Partition '"
              + name
              + "' of resource '"
              + resource
              + "' has the fields "
              + fields
              + ", not "
              + key.values().keySet()
              + ".",
          resource,
          null,
          null);
    }
  }

  /** Whether the resource keeps references under this partition name (its own, or versioning's). */
  boolean declares(String name) {
    return byName.containsKey(name) || (versioning && name.equals(PartitionKey.BY_VERSION));
  }

  @Nullable PartitionDefinition<T> definition(String name) {
    return byName.get(name);
  }
}
