package io.s3db.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.awssdk.services.s3.model.S3Object;

/** What a database left in the test bucket under its key prefix, read past the database. */
public final class StoredObjects {
  private StoredObjects() {}

  /** The keys of every resource object, relative to the prefix ({@code resource=…/…}). */
  public static List<String> keys(TestBucket bucket, String prefix) {
    return bucket
        .client()
        .listObjectsV2(b -> b.bucket(bucket.name()).prefix(prefix + "/resource="))
        .contents()
        .stream()
        .map(S3Object::key)
        .map(k -> k.substring(prefix.length() + 1))
        .toList();
  }

  /** The catalog ({@code s3db.json}) as stored. */
  public static JsonNode catalog(TestBucket bucket, String prefix) {
    try (InputStream json =
        bucket.client().getObject(b -> b.bucket(bucket.name()).key(prefix + "/s3db.json"))) {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
