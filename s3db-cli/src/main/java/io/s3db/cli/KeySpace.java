package io.s3db.cli;

import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The raw keys of a resource (FORMAT.md §3): {@code <prefix>/resource=<name>/data/id=<id>} per
 * record and {@code …/partition=<p>/<field>=<value>/…/id=<id>} per partition reference. {@code
 * stats} reads them directly, as the documents API counts a partition's references only for one set
 * of values.
 */
final class KeySpace {
  private final S3Client client;
  private final String bucket;
  private final String resourcePrefix;

  KeySpace(S3Client client, String bucket, String keyPrefix, String resource) {
    this.client = client;
    this.bucket = bucket;
    this.resourcePrefix =
        (keyPrefix.isEmpty() ? "" : keyPrefix + "/") + "resource=" + resource + "/";
  }

  String dataPrefix() {
    return resourcePrefix + "data/";
  }

  String partitionPrefix(String partition) {
    return resourcePrefix + "partition=" + partition + "/";
  }

  String bucket() {
    return bucket;
  }

  S3Client client() {
    return client;
  }

  /** Lists every object under the prefix, 1 000 a page, handing each page over as it comes. */
  void list(String prefix, Consumer<List<S3Object>> page) {
    client
        .listObjectsV2Paginator(
            ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
        .forEach(response -> page.accept(response.contents()));
  }
}
