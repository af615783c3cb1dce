package io.s3db.internal;

import io.s3db.events.S3dbListener;
import io.s3db.plugin.S3dbPlugin;
import io.s3db.spi.S3dbModule;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What {@code S3dbBuilder} has collected so far: the public builder keeps its documented setters
 * and checks, this keeps the state, and {@link #settings()} freezes it for {@link Connector}.
 */
public final class SettingsDraft {
  private @Nullable String uri;
  private @Nullable S3Client client;
  private @Nullable String bucket;
  private @Nullable String keyPrefix;
  private @Nullable URI endpoint;
  private @Nullable String region;
  private @Nullable String accessKey;
  private @Nullable String secretKey;
  private @Nullable String passphrase;
  private int parallelism = 10;
  private final Map<String, Integer> resourceParallelism = new LinkedHashMap<>();
  private @Nullable ThreadFactory threads;
  private final List<S3dbListener> listeners = new ArrayList<>();
  private final List<S3dbPlugin> plugins = new ArrayList<>();
  private final List<HookSetup<?>> hooks = new ArrayList<>();
  private final List<S3dbModule> modules = new ArrayList<>();
  private Clock clock = Clock.systemUTC();
  private boolean verbose;

  public void uri(String uri) {
    this.uri = uri;
  }

  public void client(S3Client client) {
    this.client = client;
  }

  public void bucket(String bucket) {
    this.bucket = bucket;
  }

  public void keyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  public void endpoint(URI endpoint) {
    this.endpoint = endpoint;
  }

  public void region(String region) {
    this.region = region;
  }

  public void credentials(String accessKey, String secretKey) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  public void passphrase(String passphrase) {
    this.passphrase = passphrase;
  }

  public void parallelism(int parallelism) {
    this.parallelism = parallelism;
  }

  public void parallelism(String resource, int parallelism) {
    resourceParallelism.put(resource, parallelism);
  }

  public void threads(ThreadFactory threads) {
    this.threads = threads;
  }

  public void listener(S3dbListener listener) {
    listeners.add(listener);
  }

  public void plugin(S3dbPlugin plugin) {
    plugins.add(plugin);
  }

  public void hooks(HookSetup<?> setup) {
    hooks.add(setup);
  }

  public void module(S3dbModule module) {
    modules.add(module);
  }

  public void clock(Clock clock) {
    this.clock = clock;
  }

  public void verbose(boolean verbose) {
    this.verbose = verbose;
  }

  /** The settings as they stand; later changes to this draft do not reach them. */
  public Settings settings() {
    return new Settings(
        uri,
        client,
        bucket,
        keyPrefix,
        endpoint,
        region,
        accessKey,
        secretKey,
        passphrase,
        parallelism,
        Map.copyOf(resourceParallelism),
        threads,
        List.copyOf(listeners),
        List.copyOf(plugins),
        List.copyOf(hooks),
        List.copyOf(modules),
        clock,
        verbose);
  }
}
