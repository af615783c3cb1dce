package io.s3db.cache;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.TestBucket;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A database on the test bucket with a {@link CachePlugin} (and what {@code settings} add), whose
 * client counts its requests.
 */
final class CachedDatabase implements AutoCloseable {
  final Requests requests = new Requests();
  final CachePlugin cache;
  final S3db db;
  private final S3Client client;

  CachedDatabase(TestBucket bucket, String prefix, CachePlugin cache) {
    this(bucket, prefix, cache, b -> {});
  }

  /**
   * @param settings more for the builder, e.g. plugins installed after the cache (inside it)
   */
  CachedDatabase(
      TestBucket bucket, String prefix, CachePlugin cache, Consumer<S3dbBuilder> settings) {
    this.cache = cache;
    EmbeddedS3 server = bucket.server();
    this.client =
        EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
            .overrideConfiguration(c -> c.addExecutionInterceptor(requests))
            .build();
    S3dbBuilder builder =
        S3db.builder().client(client).bucket(bucket.name()).keyPrefix(prefix).plugin(cache);
    settings.accept(builder);
    this.db = builder.build();
    requests.reset();
  }

  /** Runs {@code read} and returns the requests it sent. */
  long requestsOf(Runnable read) {
    requests.reset();
    read.run();
    return requests.total();
  }

  @Override
  public void close() {
    db.close();
    client.close();
  }
}
