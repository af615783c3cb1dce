package io.s3db.cache;

import io.s3db.S3db;
import io.s3db.plugin.S3dbPlugin;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.TestBucket;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A database on the test bucket with a {@link CachePlugin} (and any other plugins), whose client
 * counts its requests.
 */
final class CachedDatabase implements AutoCloseable {
  final Requests requests = new Requests();
  final CachePlugin cache;
  final S3db db;
  private final S3Client client;

  CachedDatabase(TestBucket bucket, String prefix, CachePlugin cache, S3dbPlugin... others) {
    this(bucket, prefix, cache, b -> {}, others);
  }

  CachedDatabase(
      TestBucket bucket,
      String prefix,
      CachePlugin cache,
      Consumer<S3db.Builder> settings,
      S3dbPlugin... others) {
    this.cache = cache;
    EmbeddedS3 server = bucket.server();
    this.client =
        EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
            .overrideConfiguration(c -> c.addExecutionInterceptor(requests))
            .build();
    S3db.Builder builder =
        S3db.builder().client(client).bucket(bucket.name()).keyPrefix(prefix).plugin(cache);
    for (S3dbPlugin other : others) {
      builder.plugin(other);
    }
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
