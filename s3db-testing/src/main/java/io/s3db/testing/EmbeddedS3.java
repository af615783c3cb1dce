package io.s3db.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * A real S3 server (S3Proxy 4.1.0) running inside this JVM on {@code 127.0.0.1}, for tests and
 * runnable examples.
 *
 * <p>Why S3Proxy: it is the only candidate that starts in-process in about half a second, needs
 * nothing but Maven, and behaves like AWS on paging, batch delete, copy, ranges and key case. Where
 * it does not, this class corrects it ({@code AwsParityBlobStore}): user metadata over 2 KB is
 * refused with {@code 400 MetadataTooLarge} and keys over 1 024 UTF-8 bytes with {@code 400
 * KeyTooLongError}, conditional PUTs ({@code If-Match}, {@code If-None-Match}) are atomic per key,
 * and a HEAD or GET racing a write sees a whole object or a 404, so race tests measure the code
 * under test rather than the server.
 *
 * <p>The server binds an ephemeral port, checks AWS signatures (V2 and V4) against fixed
 * credentials ({@value #ACCESS_KEY} / {@value #SECRET_KEY}), and logs nothing (slf4j-nop). {@link
 * #client()} is configured the way every {@code http://} endpoint needs (see {@link
 * #clientBuilder}).
 *
 * <pre>{@code
 * try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
 *     s3.createBucket("demo");
 *     s3.client().putObject(b -> b.bucket("demo").key("k"), RequestBody.fromString("v"));
 *     String uri = s3.uri("demo", "databases/app"); // http://s3db-access:s3db-secret@127.0.0.1:PORT/demo/databases/app
 * }
 * }</pre>
 *
 * <p>Differences from AWS that remain (S3Proxy settles them where this class cannot reach):
 *
 * <ul>
 *   <li>A key and that key plus {@code "/…"} cannot both exist ({@code a/b} and {@code a/b/c}); the
 *       second write fails with {@code 501 NotImplemented} and a message saying so.
 *   <li>{@code If-Match} on DeleteObject and CompleteMultipartUpload is still a look-then-write,
 *       and CopyObject ignores {@code If-Match}/{@code If-None-Match} on its destination.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the shared client.
 */
public final class EmbeddedS3 implements AutoCloseable {

  /** The access key every embedded server accepts. */
  public static final String ACCESS_KEY = "s3db-access";

  /** The secret key every embedded server accepts. */
  public static final String SECRET_KEY = "s3db-secret";

  private static final String HOST = "127.0.0.1";

  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final URI endpoint;
  private final S3Client client;
  private boolean closed;

  private EmbeddedS3(S3Proxy proxy, BlobStore blobStore, URI endpoint) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.endpoint = endpoint;
    this.client = newClient(endpoint, ACCESS_KEY, SECRET_KEY);
  }

  /**
   * Starts a server that keeps everything in memory (S3Proxy's {@code transient} store); data dies
   * with it.
   *
   * @return the running server, with no buckets; close it when done
   */
  public static EmbeddedS3 inMemory() {
    return start(BlobStores.create("transient", new Properties()));
  }

  /**
   * Starts a server that keeps buckets and objects under {@code dir} (S3Proxy's {@code filesystem}
   * store), so a later {@code onDisk(dir)} sees them again. Each bucket is a directory; user
   * metadata lives in the files' extended attributes, so {@code dir} must be on a file system with
   * {@code user.*} xattrs (ext4, xfs, btrfs, tmpfs ≥ 6.6). The directory is created if missing.
   *
   * @param dir the directory holding the data, relative to the working directory or absolute
   * @return the running server, with the buckets already under {@code dir}; close it when done
   * @throws java.io.UncheckedIOException if {@code dir} cannot be created
   */
  public static EmbeddedS3 onDisk(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path abs = dir.toAbsolutePath();
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + abs, e);
    }
    var properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", abs.toString());
    return start(BlobStores.create("filesystem", properties));
  }

  private static EmbeddedS3 start(BlobStore store) {
    BlobStore blobStore = new AwsParityBlobStore(store);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(URI.create("http://" + HOST + ":0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .stopTimeout(0)
            .build();
    try {
      proxy.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        Thread.sleep(2);
      }
      return new EmbeddedS3(proxy, blobStore, URI.create("http://" + HOST + ":" + proxy.getPort()));
    } catch (Exception e) {
      stopQuietly(proxy, e);
      blobStore.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof RuntimeException re
          ? re
          : new IllegalStateException("cannot start S3Proxy", e);
    }
  }

  /**
   * A new client for any S3-compatible {@code http(s)://} endpoint, configured as such servers
   * require: path-style, {@code us-east-1}, static credentials, no {@code aws-chunked} bodies,
   * checksums only where required, and a pool of {@value CompatibleClients#MAX_CONNECTIONS}
   * connections. The caller closes it.
   *
   * <p>Why: over plain HTTP the SDK otherwise sends every PutObject as signed {@code aws-chunked};
   * S3Proxy then leaves dead pooled connections after an early 412 ("Broken pipe" that retries do
   * not fix) and other servers store the chunk framing as data.
   *
   * @param endpoint the server, {@code http(s)://host:port}
   * @param accessKey the access key id the server accepts
   * @param secretKey the secret key that goes with {@code accessKey}
   * @return a new client, which the caller closes
   */
  public static S3Client newClient(URI endpoint, String accessKey, String secretKey) {
    return clientBuilder(endpoint, accessKey, secretKey).build();
  }

  /**
   * The builder behind {@link #newClient}, for callers that add to it (interceptors, metrics,
   * timeouts) before building. Keep the settings it makes: they are what makes {@code http://}
   * endpoints work.
   *
   * @param endpoint the server, {@code http(s)://host:port}
   * @param accessKey the access key id the server accepts
   * @param secretKey the secret key that goes with {@code accessKey}
   * @return a new builder with the settings above
   */
  public static S3ClientBuilder clientBuilder(URI endpoint, String accessKey, String secretKey) {
    return CompatibleClients.builder(endpoint, accessKey, secretKey);
  }

  /** {@return where clients connect: {@code http://127.0.0.1:PORT}} */
  public URI endpoint() {
    return endpoint;
  }

  /** {@return the access key id the server accepts: {@value #ACCESS_KEY}} */
  public String accessKey() {
    return ACCESS_KEY;
  }

  /** {@return the secret key the server accepts: {@value #SECRET_KEY}} */
  public String secretKey() {
    return SECRET_KEY;
  }

  /**
   * The client shared by everyone using this server, configured as {@link #newClient} describes. Do
   * not close it; {@link #close()} does.
   *
   * @return the shared client
   */
  public S3Client client() {
    return client;
  }

  /**
   * Creates {@code bucket} unless it already exists.
   *
   * @param bucket the bucket's name, as S3 allows it (lower-case letters, digits, {@code -} and
   *     {@code .})
   */
  public void createBucket(String bucket) {
    Objects.requireNonNull(bucket, "bucket");
    try {
      client.createBucket(b -> b.bucket(bucket));
    } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
      // idempotent: one account owns every bucket on this server
    }
  }

  /**
   * The s3db connection string for {@code bucket} and {@code keyPrefix} on this server: {@code
   * http://ACCESS:SECRET@127.0.0.1:PORT/bucket/keyPrefix}. Credentials and path segments are
   * percent-encoded; an empty prefix gives {@code …/bucket}. Leading and trailing slashes of the
   * prefix are dropped.
   *
   * @param bucket the bucket's name
   * @param keyPrefix where the database's keys start inside the bucket; {@code ""} for the bucket's
   *     root
   * @return the connection string, to give to {@code S3db.connect}
   */
  public String uri(String bucket, String keyPrefix) {
    return uri(endpoint, bucket, keyPrefix);
  }

  /**
   * The same connection string for another {@code http://host:port} that accepts these credentials,
   * such as a {@code FaultProxy} in front of this server.
   *
   * @param endpoint the server or proxy, {@code http://host:port}
   * @param bucket the bucket's name
   * @param keyPrefix where the database's keys start inside the bucket; {@code ""} for the bucket's
   *     root
   * @return the connection string, to give to {@code S3db.connect}
   */
  public static String uri(URI endpoint, String bucket, String keyPrefix) {
    return ConnectionUri.of(endpoint, ACCESS_KEY, SECRET_KEY, bucket, keyPrefix);
  }

  /** Stops the server (without a drain period) and closes the shared client. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    RuntimeException failure = null;
    try {
      client.close();
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      proxy.stop();
    } catch (Exception e) {
      if (failure == null) {
        failure =
            e instanceof RuntimeException re
                ? re
                : new IllegalStateException("cannot stop S3Proxy", e);
      } else {
        failure.addSuppressed(e);
      }
    }
    blobStore.close();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "EmbeddedS3[" + endpoint + "]";
  }

  private static void stopQuietly(S3Proxy proxy, Exception cause) {
    try {
      proxy.stop();
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }
}
