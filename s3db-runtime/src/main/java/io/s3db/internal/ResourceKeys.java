package io.s3db.internal;

import io.s3db.PartitionKey;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The object keys of one resource (FORMAT.md §3, §6): records at {@code
 * <prefix>/resource=<name>/data/id=<id>}, partition references at {@code
 * <prefix>/resource=<name>/partition=<p>/<f1>=<v1>/…/id=<id>}. Listing prefixes end with {@code /},
 * so resource {@code user} never lists {@code users}' objects and {@code region=us} never lists
 * {@code region=us-east} (s3db.js's prefixes leak, FORMAT.md §12.33).
 */
final class ResourceKeys {
  private final String resource;
  private final String dataPrefix;
  private final String resourcePrefix;

  ResourceKeys(String keyPrefix, String resource) {
    this.resource = resource;
    this.resourcePrefix = root(keyPrefix) + "resource=" + resource + "/";
    this.dataPrefix = resourcePrefix + "data/";
  }

  /** Refuses an id that no object key could hold (see {@link Ids#check}, {@link KeyLength}). */
  void checkId(String id) {
    Ids.check(resource, id);
    dataKey(id);
  }

  /** {@code prefix/} or the empty string: what every key of the database starts with. */
  static String root(String keyPrefix) {
    return keyPrefix.isEmpty() ? "" : keyPrefix + "/";
  }

  String dataPrefix() {
    return dataPrefix;
  }

  /**
   * @throws io.s3db.ValidationException if the key would be longer than S3 allows
   */
  String dataKey(String id) {
    return KeyLength.checkId(resource, id, dataPrefix + "id=" + id, "record");
  }

  /** Where versioning keeps the previous version of a record (FORMAT.md §3). */
  String historicalKey(String id) {
    return KeyLength.checkId(
        resource, id, resourcePrefix + "historical/id=" + id, "historical copy");
  }

  /** What every partition reference of the resource starts with. */
  String partitionsPrefix() {
    return resourcePrefix + "partition=";
  }

  /**
   * The listing prefix of a key: the data prefix for {@link PartitionKey#all()}, else the
   * partition's.
   *
   * @throws io.s3db.ValidationException if no reference key under it could be short enough for S3
   */
  String prefix(PartitionKey<?> key) {
    return key.isAll() ? dataPrefix : KeyLength.checkPrefix(resource, key, partitionPrefix(key));
  }

  private String partitionPrefix(PartitionKey<?> key) {
    StringBuilder prefix =
        new StringBuilder(partitionsPrefix()).append(key.partitionName().orElseThrow()).append('/');
    for (Map.Entry<String, String> value : key.values().entrySet()) {
      prefix.append(value.getKey()).append('=').append(value.getValue()).append('/');
    }
    return prefix.toString();
  }

  /**
   * The reference object of record {@code id} in a partition.
   *
   * @throws io.s3db.ValidationException if the id, or the reference key, would be longer than S3
   *     allows
   */
  String refKey(PartitionKey<?> key, String id) {
    dataKey(id); // an id too long for any key is the id's fault, whatever the partition
    return KeyLength.checkRef(resource, key, id, partitionPrefix(key) + "id=" + id);
  }

  /** The id of a listed data key, or null for a key that is not a record. */
  @Nullable String idOf(String key) {
    return idOf(dataPrefix, key);
  }

  /**
   * The id of a key listed under {@code prefix}: the rest must be {@code id=<id>}, without {@code
   * /}.
   */
  static @Nullable String idOf(String prefix, String key) {
    int start = prefix.length() + 3;
    if (!key.startsWith("id=", prefix.length())
        || key.length() <= start
        || key.indexOf('/', start) >= 0) {
      return null;
    }
    return key.substring(start);
  }
}
