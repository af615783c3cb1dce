package io.s3db.internal;

import io.s3db.S3AccessException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Lists keys under a prefix with ListObjectsV2: 1 LIST per up to 1 000 keys, in key order. */
final class KeyLister {
  private final S3Client s3;
  private final String bucket;
  private final String resource;

  KeyLister(S3Client s3, String bucket, String resource) {
    this.s3 = s3;
    this.bucket = bucket;
    this.resource = resource;
  }

  /** Every key under the prefix, page after page. */
  void forEach(String prefix, Consumer<S3Object> action) {
    String token = null;
    do {
      ListObjectsV2Response page = page(prefix, 1000, token);
      page.contents().forEach(action);
      token = next(page);
    } while (token != null);
  }

  /**
   * Every key under the prefix that sorts after {@code startAfter}, page after page, until {@code
   * action} returns false.
   */
  void forEachAfter(String prefix, String startAfter, Predicate<S3Object> action) {
    String token = null;
    do {
      String next = token;
      ListObjectsV2Response page;
      try {
        page =
            s3.listObjectsV2(
                b -> {
                  b.bucket(bucket).prefix(prefix).maxKeys(1000);
                  if (next == null) {
                    b.startAfter(startAfter);
                  } else {
                    b.continuationToken(next);
                  }
                });
      } catch (SdkException e) {
        throw new S3AccessException(
            "Cannot list records of resource '" + resource + "'", resource, null, e);
      }
      for (S3Object object : page.contents()) {
        if (!action.test(object)) {
          return;
        }
      }
      token = next(page);
    } while (token != null);
  }

  /** One page of up to {@code maxKeys} keys, continuing at {@code token} (null for the first). */
  ListObjectsV2Response page(String prefix, int maxKeys, @Nullable String token) {
    try {
      return s3.listObjectsV2(
          b -> b.bucket(bucket).prefix(prefix).maxKeys(maxKeys).continuationToken(token));
    } catch (SdkException e) {
      throw new S3AccessException(
          "Cannot list records of resource '" + resource + "'", resource, null, e);
    }
  }

  /** The continuation token of the page after this one, or null if it was the last. */
  static @Nullable String next(ListObjectsV2Response page) {
    return Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
  }
}
