package io.s3db;

import io.s3db.events.S3dbListener;
import io.s3db.internal.Connector;
import io.s3db.internal.HookSetup;
import io.s3db.internal.SettingsDraft;
import io.s3db.plugin.S3dbPlugin;
import io.s3db.spi.S3dbModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Settings for {@link S3db}, from {@link S3db#builder()}; {@link #build()} connects. Not
 * thread-safe: one builder per connection, used by one thread.
 */
public final class S3dbBuilder {
  private final SettingsDraft draft = new SettingsDraft();

  S3dbBuilder() {}

  /**
   * A connection string (see {@link S3db#connect}); the other settings override its parts.
   *
   * @param uri the connection string, as {@link S3db#connect} takes it
   * @return this builder
   */
  public S3dbBuilder uri(String uri) {
    draft.uri(uri);
    return this;
  }

  /**
   * Uses your S3 client (which s3db will not close) instead of building one.
   *
   * @param client a client for the bucket's endpoint and region; it stays open after {@link
   *     S3db#close()}
   * @return this builder
   */
  public S3dbBuilder client(S3Client client) {
    draft.client(client);
    return this;
  }

  /**
   * The bucket the database lives in, instead of the connection string's.
   *
   * @param bucket the bucket's name
   * @return this builder
   */
  public S3dbBuilder bucket(String bucket) {
    draft.bucket(bucket);
    return this;
  }

  /**
   * Keys live under this prefix ({@code databases/crm}); default: the bucket root.
   *
   * @param keyPrefix the prefix without leading or trailing {@code /}; {@code ""} for the bucket
   *     root; {@code .} and {@code ..} segments are refused
   * @return this builder
   */
  public S3dbBuilder keyPrefix(String keyPrefix) {
    draft.keyPrefix(keyPrefix);
    return this;
  }

  /**
   * An S3-compatible server ({@code http://127.0.0.1:9000}); implies path-style addressing.
   *
   * @param endpoint the server's {@code http(s)://host:port}
   * @return this builder
   */
  public S3dbBuilder endpoint(URI endpoint) {
    draft.endpoint(endpoint);
    return this;
  }

  /**
   * The AWS region to sign for; default us-east-1.
   *
   * @param region a region id such as {@code eu-west-1}
   * @return this builder
   */
  public S3dbBuilder region(String region) {
    draft.region(region);
    return this;
  }

  /**
   * Signs requests with these static credentials, instead of the connection string's or the SDK's
   * default chain.
   *
   * @param accessKey the access key id
   * @param secretKey the secret access key that goes with it
   * @return this builder
   */
  public S3dbBuilder credentials(String accessKey, String secretKey) {
    draft.credentials(accessKey, secretKey);
    return this;
  }

  /**
   * The passphrase that encrypts {@code @Secret} fields (required when a resource has one). To
   * share secrets with s3db.js, use its {@code security.passphrase}. Also accepted as {@code
   * ?passphrase=} in the connection string.
   *
   * @param passphrase the passphrase, as s3db.js is given it; not null
   * @return this builder
   */
  public S3dbBuilder passphrase(String passphrase) {
    draft.passphrase(Objects.requireNonNull(passphrase, "passphrase"));
    return this;
  }

  /**
   * {@link #passphrase(String)} from bytes, read as UTF-8 as s3db.js reads a {@code Buffer}
   * passphrase ({@code fs.readFileSync("key.pem")}).
   *
   * @param passphrase the passphrase's bytes, UTF-8
   * @return this builder
   */
  public S3dbBuilder passphrase(byte[] passphrase) {
    return passphrase(new String(passphrase, StandardCharsets.UTF_8));
  }

  /**
   * {@link #passphrase(byte[])} from a file's whole content, as it is (a trailing newline is part
   * of it, as in s3db.js): e.g. a PEM key shared with an s3db.js service.
   *
   * @param file the file holding the passphrase
   * @return this builder
   * @throws UncheckedIOException if the file cannot be read
   */
  public S3dbBuilder passphraseFile(Path file) {
    try {
      return passphrase(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the passphrase file " + file, e);
    }
  }

  /**
   * At most this many S3 requests in flight for one bulk call (list, …). Default 10.
   *
   * @param parallelism requests in flight at most, at least 1
   * @return this builder
   * @throws S3dbConfigurationException if {@code parallelism} is below 1
   */
  public S3dbBuilder parallelism(int parallelism) {
    if (parallelism < 1) {
      throw new S3dbConfigurationException(
          "parallelism must be at least 1, was " + parallelism + ".");
    }
    draft.parallelism(parallelism);
    return this;
  }

  /**
   * The bound of one resource's bulk calls, instead of {@link #parallelism(int)} (e.g. a resource
   * of small records imported fast).
   *
   * @param resource the resource name, as in {@code @S3Resource(name = …)}
   * @param parallelism requests in flight at most for that resource's bulk calls, at least 1
   * @return this builder
   * @throws S3dbConfigurationException if {@code parallelism} is below 1
   */
  public S3dbBuilder parallelism(String resource, int parallelism) {
    if (parallelism < 1) {
      throw new S3dbConfigurationException(
          "parallelism of resource '" + resource + "' must be at least 1, was " + parallelism);
    }
    draft.parallelism(resource, parallelism);
    return this;
  }

  /**
   * The threads bulk calls, {@code list} and {@code stream} run their requests on (the calling
   * thread runs its share too). Default: daemon platform threads named {@code s3db-N}, one per
   * request in flight. On JDK 21 and later, {@code Thread.ofVirtual().name("s3db-", 1).factory()}
   * keeps hundreds in flight without an OS thread each (best from JDK 24, where a virtual thread
   * blocked inside {@code synchronized} no longer holds its carrier thread).
   *
   * @param threads makes the threads; not null
   * @return this builder
   */
  public S3dbBuilder threads(ThreadFactory threads) {
    draft.threads(Objects.requireNonNull(threads, "threads"));
    return this;
  }

  /**
   * Adds a listener of every event of the database (writes, reads, resources created, catalog,
   * cache, plugins); see {@link S3dbListener}. Several listeners are told in the order added.
   *
   * @param listener the listener; not null
   * @return this builder
   */
  public S3dbBuilder listener(S3dbListener listener) {
    draft.listener(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Installs a plugin: set up while the database is built, started once connected, stopped on
   * {@link S3db#close()}. Plugins are set up and started in the order installed.
   *
   * @param plugin the plugin; not null
   * @return this builder
   */
  public S3dbBuilder plugin(S3dbPlugin plugin) {
    draft.plugin(Objects.requireNonNull(plugin, "plugin"));
    return this;
  }

  /**
   * Registers hooks of a resource at connect, before any call can run:
   *
   * <pre>{@code
   * S3db.builder().uri(uri)
   *     .hooks(Product.class, h -> h.beforeInsert((ctx, p) -> p.withSku(Skus.next())))
   *     .build();
   * }</pre>
   *
   * The same as {@code dao.hooks()} on the connected database, without the window in between.
   *
   * @param <T> the record type
   * @param type the {@code @S3Resource} record class
   * @param registration registers the hooks; run once, at connect, with the resource's {@link
   *     Hooks}
   * @return this builder
   */
  public <T> S3dbBuilder hooks(Class<T> type, Consumer<Hooks<T>> registration) {
    draft.hooks(new HookSetup<>(type, registration));
    return this;
  }

  /**
   * Logs every S3 request (operation, key, status, resource and DAO call; never metadata or
   * credentials) on the logger {@code io.s3db.requests} at INFO instead of DEBUG, as s3db.js's
   * {@code verbose}.
   *
   * @param verbose true to log requests at INFO
   * @return this builder
   */
  public S3dbBuilder verbose(boolean verbose) {
    draft.verbose(verbose);
    return this;
  }

  /**
   * The clock that stamps {@code createdAt} and {@code updatedAt} of {@code @S3Resource(timestamps
   * = true)} resources (read to the millisecond). Default: {@link Clock#systemUTC()}; tests can
   * pass a fixed one.
   *
   * @param clock the clock; not null
   * @return this builder
   */
  public S3dbBuilder clock(Clock clock) {
    draft.clock(Objects.requireNonNull(clock, "clock"));
    return this;
  }

  /**
   * Registers the resources of a generated module ({@code new GeneratedS3dbModule()}). Once any
   * module is given, the class path is not searched: the lookup-free path for native images and
   * tests.
   *
   * @param module a generated {@code GeneratedS3dbModule}
   * @return this builder
   */
  public S3dbBuilder module(S3dbModule module) {
    draft.module(module);
    return this;
  }

  /**
   * Connects: reads {@code s3db.json} and registers the resources.
   *
   * @return the connected database; close it
   * @throws S3dbConfigurationException if the settings are incomplete or contradict each other (no
   *     bucket, say)
   * @throws S3AccessException if S3 refuses or fails the catalog's read
   */
  public S3db build() {
    return Connector.open(draft.settings());
  }
}
