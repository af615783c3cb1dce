package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@code s3db.json} of a database, read straight from the bucket. */
final class Catalogs {
  private Catalogs() {}

  static JsonNode read(TestBucket bucket, String prefix) {
    try {
      return NodeBatch.JSON.readTree(
          bucket
              .client()
              .getObjectAsBytes(b -> b.bucket(bucket.name()).key(prefix + "/s3db.json"))
              .asByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
