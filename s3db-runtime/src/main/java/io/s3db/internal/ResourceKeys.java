package io.s3db.internal;

import org.jspecify.annotations.Nullable;

/**
 * The object keys of one resource (FORMAT.md §3): {@code <prefix>/resource=<name>/data/id=<id>}. Listing
 * prefixes end with {@code /}, so resource {@code user} never lists {@code users}' objects.
 */
final class ResourceKeys {
  private final String dataPrefix;

  ResourceKeys(String keyPrefix, String resource) {
    this.dataPrefix = root(keyPrefix) + "resource=" + resource + "/data/";
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

  /** The id of a listed data key, or null for a key that is not a record. */
  @Nullable String idOf(String key) {
    int start = dataPrefix.length() + 3;
    return key.startsWith("id=", dataPrefix.length()) && key.length() > start ? key.substring(start) : null;
  }
}
