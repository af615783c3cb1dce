package io.s3db.internal;

import io.s3db.S3AccessException;
import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Deletes many keys with S3 DeleteObjects, 1 000 per request (S3's cap), in quiet mode so that only
 * failures come back. A single key is deleted with DeleteObject, which S3 does not bill.
 */
final class BatchDeleter {
  static final int MAX_KEYS = 1000;

  private final S3Client s3;
  private final String bucket;
  private final String resource;

  BatchDeleter(S3Client s3, String bucket, String resource) {
    this.s3 = s3;
    this.bucket = bucket;
    this.resource = resource;
  }

  /** Deletes the keys; returns those S3 refused, with why. A failed request fails all its keys. */
  Map<String, S3dbException> delete(List<String> keys) {
    Map<String, S3dbException> failures = new LinkedHashMap<>();
    if (keys.size() == 1) {
      try {
        s3.deleteObject(b -> b.bucket(bucket).key(keys.get(0)));
      } catch (SdkException e) {
        failures.put(
            keys.get(0), new S3AccessException("Cannot delete " + keys.get(0), resource, null, e));
      }
      return failures;
    }
    for (int from = 0; from < keys.size(); from += MAX_KEYS) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + MAX_KEYS));
      List<ObjectIdentifier> objects = new ArrayList<>(batch.size());
      batch.forEach(key -> objects.add(ObjectIdentifier.builder().key(key).build()));
      try {
        DeleteObjectsResponse response =
            s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true)));
        for (S3Error error : response.errors()) {
          failures.put(
              error.key(),
              new S3dbException(
                  "S3 refused to delete "
                      + error.key()
                      + ": "
                      + error.code()
                      + " "
                      + error.message(),
                  resource,
                  null,
                  null));
        }
      } catch (SdkException e) {
        S3AccessException failure =
            new S3AccessException("Cannot delete " + batch.size() + " objects", resource, null, e);
        batch.forEach(key -> failures.put(key, failure));
      }
    }
    return failures;
  }
}
