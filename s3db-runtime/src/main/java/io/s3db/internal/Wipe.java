package io.s3db.internal;

import io.s3db.S3dbConfigurationException;
import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/**
 * {@code deleteAll()}: every object of a resource (records, then references) deleted 1 000 per
 * request, page by page as they are listed; refused on paranoid resources.
 */
final class Wipe {
  private final String resource;
  private final boolean paranoid;
  private final ResourceKeys keys;
  private final KeyLister lister;
  private final BatchDeleter deleter;

  Wipe(
      String resource,
      boolean paranoid,
      ResourceKeys keys,
      KeyLister lister,
      BatchDeleter deleter) {
    this.resource = resource;
    this.paranoid = paranoid;
    this.keys = keys;
    this.lister = lister;
    this.deleter = deleter;
  }

  /** Deletes every record and reference of the resource; the number of records deleted. */
  long deleteAll() {
    if (paranoid) {
      throw new S3dbConfigurationException(
          "deleteAll() of resource '"
              + resource
              + "' is refused: the resource"
              + " is paranoid (the default). Set @S3Resource(paranoid = false) on resources you mean to wipe.");
    }
    Map<String, S3dbException> refused = new LinkedHashMap<>();
    long deleted = deleteEverything(keys.dataPrefix(), refused);
    deleteEverything(keys.partitionsPrefix(), refused);
    if (!refused.isEmpty()) {
      throw new S3dbException(
          "deleteAll() of resource '"
              + resource
              + "' could not delete "
              + refused.size()
              + " objects, e.g. "
              + refused.values().iterator().next().getMessage(),
          resource,
          null,
          null);
    }
    return deleted - refused.size();
  }

  /** Lists and deletes every key under the prefix, page by page; the number of keys listed. */
  private long deleteEverything(String prefix, Map<String, S3dbException> refused) {
    long listed = 0;
    String token = null;
    do {
      ListObjectsV2Response page = lister.page(prefix, BatchDeleter.MAX_KEYS, token);
      token = KeyLister.next(page);
      List<String> batch = new ArrayList<>(page.contents().size());
      page.contents().forEach(object -> batch.add(object.key()));
      listed += batch.size();
      if (!batch.isEmpty()) {
        refused.putAll(deleter.delete(batch));
      }
    } while (token != null);
    return listed;
  }
}
