package io.s3db;

import io.s3db.internal.DefaultS3db;
import io.s3db.internal.Settings;
import io.s3db.spi.S3dbModule;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
   */
  static S3db connect(String uri) {
    return builder().uri(uri).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The generic DAO of a record type; {@code UserDao.of(db)} is the typed, lookup-free equivalent.
   */
  <T> S3Dao<T> dao(Class<T> type);

  String bucket();

  /** The key prefix every object of this database lives under; empty for the bucket root. */
  String keyPrefix();

  /** Releases the S3 client if s3db created it. */
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
    private S3dbListener listener = new S3dbListener() {};
    private Clock clock = Clock.systemUTC();
    private final List<S3dbModule> modules = new ArrayList<>();

    private Builder() {}

    /** A connection string (see {@link S3db#connect}); the other settings override its parts. */
    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    /** Uses your S3 client (which s3db will not close) instead of building one. */
    public Builder client(S3Client client) {
      this.client = client;
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = bucket;
      return this;
    }

    /** Keys live under this prefix ({@code databases/crm}); default: the bucket root. */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
      return this;
    }

    /** An S3-compatible server ({@code http://127.0.0.1:9000}); implies path-style addressing. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** The AWS region to sign for; default us-east-1. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder credentials(String accessKey, String secretKey) {
      this.accessKey = accessKey;
      this.secretKey = secretKey;
      return this;
    }

    /**
     * The passphrase that encrypts {@code @Secret} fields (required when a resource has one). To
     * share secrets with s3db.js, use its {@code security.passphrase}. Also accepted as {@code
     * ?passphrase=} in the connection string.
     */
    public Builder passphrase(String passphrase) {
      this.passphrase = passphrase;
      return this;
    }

    /** At most this many S3 requests in flight for one bulk call (list, …). Default 10. */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new S3dbConfigurationException(
            "parallelism must be at least 1, was " + parallelism + ".");
      }
      this.parallelism = parallelism;
      return this;
    }

    /** Hears events such as {@code exceedsLimit} and {@code versionUpdated}. */
    public Builder listener(S3dbListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * The clock that stamps {@code createdAt} and {@code updatedAt} of
     * {@code @S3Resource(timestamps = true)} resources (read to the millisecond). Default: {@link
     * Clock#systemUTC()}; tests can pass a fixed one.
     */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Registers the resources of a generated module ({@code new GeneratedS3dbModule()}). Once any
     * module is given, the class path is not searched: the lookup-free path for native images and
     * tests.
     */
    public Builder module(S3dbModule module) {
      modules.add(module);
      return this;
    }

    /** Connects: reads {@code s3db.json} and registers the resources. */
    public S3db build() {
      return DefaultS3db.open(
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
              listener,
              List.copyOf(modules),
              clock));
    }
  }
}
