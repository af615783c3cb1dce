package io.s3db.internal;

import io.s3db.PartitionKey;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The object keys of one resource (FORMAT.md §3, §6): records at {@code <prefix>/resource=<name>/data/id=<id>},
 * partition references at {@code <prefix>/resource=<name>/partition=<p>/<f1>=<v1>/…/id=<id>}. Listing
 * prefixes end with {@code /}, so resource {@code user} never lists {@code users}' objects and
 * {@code region=us} never lists {@code region=us-east} (s3db.js's prefixes leak, FORMAT.md §12.33).
 */
final class ResourceKeys {
  private final String dataPrefix;
  private final String resourcePrefix;

  ResourceKeys(String keyPrefix, String resource) {
    this.resourcePrefix = root(keyPrefix) + "resource=" + resource + "/";
    this.dataPrefix = resourcePrefix + "data/";
  }

  /** {@code prefix/} or the empty string: what every key of the database starts with. */
  static String root(String keyPrefix) {
    return keyPrefix.isEmpty() ? "" : keyPrefix + "/";
  }

  String dataPrefix() {
    return dataPrefix;
  }

  String dataKey(String id) {
    return dataPrefix + "id=" + id;
  }

  /** Where versioning keeps the previous version of a record (FORMAT.md §3). */
  String historicalKey(String id) {
    return resourcePrefix + "historical/id=" + id;
  }

  /** What every partition reference of the resource starts with. */
  String partitionsPrefix() {
    return resourcePrefix + "partition=";
  }

  /** The listing prefix of a key: the data prefix for {@link PartitionKey#all()}, else the partition's. */
  String prefix(PartitionKey<?> key) {
    if (key.isAll()) {
      return dataPrefix;
    }
    StringBuilder prefix = new StringBuilder(partitionsPrefix()).append(key.partitionName().orElseThrow()).append('/');
    for (Map.Entry<String, String> value : key.values().entrySet()) {
      prefix.append(value.getKey()).append('=').append(value.getValue()).append('/');
    }
    return prefix.toString();
  }

  /** The reference object of record {@code id} in a partition. */
  String refKey(PartitionKey<?> key, String id) {
    return prefix(key) + "id=" + id;
  }

  /** The id of a listed data key, or null for a key that is not a record. */
  @Nullable String idOf(String key) {
    return idOf(dataPrefix, key);
  }

  /** The id of a key listed under {@code prefix}: the rest must be {@code id=<id>}, without {@code /}. */
  static @Nullable String idOf(String prefix, String key) {
    int start = prefix.length() + 3;
    if (!key.startsWith("id=", prefix.length()) || key.length() <= start || key.indexOf('/', start) >= 0) {
      return null;
    }
    return key.substring(start);
  }
}
