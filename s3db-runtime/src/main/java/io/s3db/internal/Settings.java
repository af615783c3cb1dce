package io.s3db.internal;

import io.s3db.events.S3dbListener;
import io.s3db.plugin.S3dbPlugin;
import io.s3db.spi.S3dbModule;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What {@code S3dbBuilder} collected.
 *
 * @param resourceParallelism resource name → its own bound on requests in flight
 * @param threads the bulk calls' threads; null for the default daemon platform threads
 */
public record Settings(
    @Nullable String uri,
    @Nullable S3Client client,
    @Nullable String bucket,
    @Nullable String keyPrefix,
    @Nullable URI endpoint,
    @Nullable String region,
    @Nullable String accessKey,
    @Nullable String secretKey,
    @Nullable String passphrase,
    int parallelism,
    Map<String, Integer> resourceParallelism,
    @Nullable ThreadFactory threads,
    List<S3dbListener> listeners,
    List<S3dbPlugin> plugins,
    List<HookSetup<?>> hooks,
    List<S3dbModule> modules,
    Clock clock,
    boolean verbose) {

  @Override
  public String toString() {
    // never print credentials or the passphrase
    return "Settings[bucket="
        + bucket
        + ", keyPrefix="
        + keyPrefix
        + ", endpoint="
        + endpoint
        + "]";
  }
}
