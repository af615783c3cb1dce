package io.s3db;

import io.s3db.events.S3dbListener;
import io.s3db.internal.Connector;
import io.s3db.internal.HookSetup;
import io.s3db.internal.Settings;
import io.s3db.plugin.S3dbPlugin;
import io.s3db.spi.S3dbModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A database in one S3 bucket (under an optional key prefix), shared with s3db.js 21.x if you like.
 *
 * <pre>{@code
 * try (S3db db = S3db.connect("s3://KEY:SECRET@my-bucket/databases/crm")) {
 *   UserDao users = UserDao.of(db);
 *   User ana = users.insert(new User(null, "Ana", 34));
 * }
 * }</pre>
 *
 * <p>Connecting reads the catalog {@code s3db.json} once and registers the resources found on the
 * class path (every {@code GeneratedS3dbModule}) or given to {@link Builder#module}. Thread-safe;
 * close it to release the S3 client it created (a client you passed in is left open).
 */
public interface S3db extends AutoCloseable {

  /**
   * Connects with a connection string, as s3db.js takes it:
   *
   * <ul>
   *   <li>{@code s3://KEY:SECRET@bucket/key/prefix} for AWS S3 (credentials optional: without them
   *       the SDK's default chain is used; {@code ?region=eu-west-1} picks the region, default
   *       us-east-1);
   *   <li>{@code http(s)://KEY:SECRET@host:port/bucket/key/prefix} for MinIO, Ceph, R2 and other S3
   *       servers (path-style addressing).
   * </ul>
   *
   * Credentials are percent-decoded.
   *
   * @param uri the connection string; not null
   * @return the connected database, with its catalog read and its resources registered; close it
   * @throws S3dbConfigurationException if the string is malformed or names no bucket
   * @throws S3AccessException if S3 refuses or fails the catalog's read
   */
  static S3db connect(String uri) {
    return builder().uri(uri).build();
  }

  /**
   * Starts the settings of a connection, for what a connection string cannot say (your own client,
   * listeners, plugins, hooks, modules).
   *
   * @return a new builder with the defaults; {@link Builder#build()} connects
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The generic DAO of a record type; {@code UserDao.of(db)} is the typed, lookup-free equivalent.
   *
   * @param <T> the record type
   * @param type the {@code @S3Resource} record class
   * @return the DAO, the same one on every call
   * @throws S3dbConfigurationException if no resource is registered for {@code type}
   */
  <T> S3Dao<T> dao(Class<T> type);

  /**
   * Any resource of the catalog as documents, without a Java record: one declared by an s3db.js
   * service, or by a record this application does not have. The schema is read from {@code
   * s3db.json} (1 GET, on the first call for the name; the same view afterwards), which is never
   * written: opening sends no writes.
   *
   * <pre>{@code
   * Documents orders = db.documents("orders");
   * ObjectNode order = orders.get("o-1");
   * }</pre>
   *
   * @param resourceName the resource name, as in {@code s3db.json}
   * @return the resource's documents, the same view on every call
   * @throws ResourceNotFoundException if the catalog has no such resource
   * @throws S3dbConfigurationException if the resource has secrets and the database no passphrase
   */
  io.s3db.documents.Documents documents(String resourceName);

  /** {@return the name of the bucket this database lives in} */
  String bucket();

  /**
   * {@return the key prefix every object of this database lives under; empty for the bucket root}
   */
  String keyPrefix();

  /**
   * The names of the resources in the catalog {@code s3db.json}, read now: those of this
   * application and any other (an s3db.js service's too). Cost: 1 GET.
   *
   * @return the resource names, in the catalog's order
   */
  List<String> resources();

  /**
   * Whether the catalog has a resource of this name. Cost: 1 GET.
   *
   * @param name a resource name, as in {@code @S3Resource(name = …)}
   * @return true if the catalog, read now, has it
   */
  boolean resourceExists(String name);

  /** Stops the plugins (last installed first) and releases the S3 client if s3db created it. */
  @Override
  void close();

  /** Settings for {@link S3db}; {@link #build()} connects. */
  final class Builder {
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
    private final List<S3dbListener> listeners = new ArrayList<>();
    private final List<S3dbPlugin> plugins = new ArrayList<>();
    private final List<HookSetup<?>> hooks = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private boolean verbose;
    private final List<S3dbModule> modules = new ArrayList<>();

    private Builder() {}

    /**
     * A connection string (see {@link S3db#connect}); the other settings override its parts.
     *
     * @param uri the connection string, as {@link S3db#connect} takes it
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    /**
     * Uses your S3 client (which s3db will not close) instead of building one.
     *
     * @param client a client for the bucket's endpoint and region; it stays open after {@link
     *     S3db#close()}
     * @return this builder
     */
    public Builder client(S3Client client) {
      this.client = client;
      return this;
    }

    /**
     * The bucket the database lives in, instead of the connection string's.
     *
     * @param bucket the bucket's name
     * @return this builder
     */
    public Builder bucket(String bucket) {
      this.bucket = bucket;
      return this;
    }

    /**
     * Keys live under this prefix ({@code databases/crm}); default: the bucket root.
     *
     * @param keyPrefix the prefix without leading or trailing {@code /}; {@code ""} for the bucket
     *     root; {@code .} and {@code ..} segments are refused
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * An S3-compatible server ({@code http://127.0.0.1:9000}); implies path-style addressing.
     *
     * @param endpoint the server's {@code http(s)://host:port}
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /**
     * The AWS region to sign for; default us-east-1.
     *
     * @param region a region id such as {@code eu-west-1}
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
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
    public Builder credentials(String accessKey, String secretKey) {
      this.accessKey = accessKey;
      this.secretKey = secretKey;
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
    public Builder passphrase(String passphrase) {
      this.passphrase = Objects.requireNonNull(passphrase, "passphrase");
      return this;
    }

    /**
     * {@link #passphrase(String)} from bytes, read as UTF-8 as s3db.js reads a {@code Buffer}
     * passphrase ({@code fs.readFileSync("key.pem")}).
     *
     * @param passphrase the passphrase's bytes, UTF-8
     * @return this builder
     */
    public Builder passphrase(byte[] passphrase) {
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
    public Builder passphraseFile(Path file) {
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
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new S3dbConfigurationException(
            "parallelism must be at least 1, was " + parallelism + ".");
      }
      this.parallelism = parallelism;
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
    public Builder parallelism(String resource, int parallelism) {
      if (parallelism < 1) {
        throw new S3dbConfigurationException(
            "parallelism of resource '" + resource + "' must be at least 1, was " + parallelism);
      }
      resourceParallelism.put(resource, parallelism);
      return this;
    }

    /**
     * Adds a listener of every event of the database (writes, reads, resources created, catalog,
     * cache, plugins); see {@link S3dbListener}. Several listeners are told in the order added.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder listener(S3dbListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Installs a plugin: set up while the database is built, started once connected, stopped on
     * {@link S3db#close()}. Plugins are set up and started in the order installed.
     *
     * @param plugin the plugin; not null
     * @return this builder
     */
    public Builder plugin(S3dbPlugin plugin) {
      plugins.add(Objects.requireNonNull(plugin, "plugin"));
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
    public <T> Builder hooks(Class<T> type, Consumer<Hooks<T>> registration) {
      hooks.add(new HookSetup<>(type, registration));
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
    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /**
     * The clock that stamps {@code createdAt} and {@code updatedAt} of
     * {@code @S3Resource(timestamps = true)} resources (read to the millisecond). Default: {@link
     * Clock#systemUTC()}; tests can pass a fixed one.
     *
     * @param clock the clock; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
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
    public Builder module(S3dbModule module) {
      modules.add(module);
      return this;
    }

    /**
     * Connects: reads {@code s3db.json} and registers the resources.
     *
     * @return the connected database; close it
     * @throws S3dbConfigurationException if the settings are incomplete or contradict each other
     *     (no bucket, say)
     * @throws S3AccessException if S3 refuses or fails the catalog's read
     */
    public S3db build() {
      return Connector.open(
          new Settings(
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
              List.copyOf(listeners),
              List.copyOf(plugins),
              List.copyOf(hooks),
              List.copyOf(modules),
              clock,
              verbose));
    }
  }
}
