package io.s3db.interop;

import io.s3db.testing.TestBucket;
import org.jspecify.annotations.Nullable;

/**
 * Raw stored metadata values, as they are in the bucket (client-encoded), found through the
 * catalog's keys.
 */
final class Stored {
  private final TestBucket bucket;
  private final String prefix;

  Stored(TestBucket bucket, String prefix) {
    this.bucket = bucket;
    this.prefix = prefix;
  }

  /**
   * The stored value of {@code attribute} (a top-level field) of a record, or null if the key is
   * absent.
   */
  @Nullable String value(Shared<?> resource, String id, String attribute) {
    int index =
        Catalogs.read(bucket, prefix)
            .path("resources")
            .path(resource.name())
            .path("schemaRegistry")
            .path("mapping")
            .path(attribute)
            .asInt(-1);
    if (index < 0) {
      throw new AssertionError(resource.name() + ": no key for " + attribute + " in the catalog");
    }
    return bucket
        .client()
        .headObject(
            b ->
                b.bucket(bucket.name())
                    .key(prefix + "/resource=" + resource.name() + "/data/id=" + id))
        .metadata()
        .get(Integer.toString(index, 36));
  }
}
