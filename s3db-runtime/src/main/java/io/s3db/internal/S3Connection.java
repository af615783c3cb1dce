package io.s3db.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The database's S3 client, and a way to send a write exactly once: conditional writes must not be
 * retried by the SDK, whose retry of an applied PUT would fail its own precondition ({@link
 * ConditionalPut}); the write protocol decides about retries itself.
 *
 * <p>When s3db builds the client, a sibling client without retries shares its connection pool and
 * interceptors; it is built on the first such write, so a start that only reads does not pay for
 * it. A client the user gave cannot be copied, so there each such request carries a plugin that
 * turns retries off, at ~20 µs of CPU a request: the SDK rebuilds the client's configuration for
 * every request that carries a plugin (measured in bench/README.md).
 */
final class S3Connection implements AutoCloseable {
  /** Sends a request once: its outcome is then the library's to decide. */
  static final SdkPlugin NO_SDK_RETRIES =
      config ->
          config.overrideConfiguration(
              config.overrideConfiguration().toBuilder()
                  .retryStrategy(AwsRetryStrategy.doNotRetry())
                  .build());

  private final S3Client client;
  private final @Nullable Supplier<S3Client> onceFactory;
  private final @Nullable SdkHttpClient ownedHttp;
  private volatile @Nullable S3Client once;

  private S3Connection(
      S3Client client,
      @Nullable Supplier<S3Client> onceFactory,
      @Nullable SdkHttpClient ownedHttp) {
    this.client = client;
    this.onceFactory = onceFactory;
    this.ownedHttp = ownedHttp;
  }

  /** A client the user gave: theirs to close. */
  static S3Connection given(S3Client client) {
    return new S3Connection(client, null, null);
  }

  /**
   * Clients s3db builds on one HTTP client, {@code onceFactory}'s configured without retries;
   * closed with this connection.
   */
  static S3Connection owned(S3Client client, Supplier<S3Client> onceFactory, SdkHttpClient http) {
    return new S3Connection(client, onceFactory, http);
  }

  S3Client client() {
    return client;
  }

  /** Sends {@code request} without the SDK's retries. */
  PutObjectResponse putOnce(PutObjectRequest.Builder request, RequestBody body) {
    if (onceFactory == null) {
      return client.putObject(
          request.overrideConfiguration(c -> c.addPlugin(NO_SDK_RETRIES)).build(), body);
    }
    return once(onceFactory).putObject(request.build(), body);
  }

  private S3Client once(Supplier<S3Client> factory) {
    S3Client c = once;
    if (c == null) {
      synchronized (this) {
        c = once;
        if (c == null) {
          c = factory.get();
          once = c;
        }
      }
    }
    return c;
  }

  /** Closes what s3db built; a given client stays open. */
  @Override
  public void close() {
    if (ownedHttp == null) {
      return;
    }
    client.close();
    S3Client c;
    synchronized (this) {
      c = once;
    }
    if (c != null) {
      c.close();
    }
    ownedHttp.close();
  }
}
