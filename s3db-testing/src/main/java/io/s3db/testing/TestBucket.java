package io.s3db.testing;

import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A bucket of its own for one test class, on the shared {@link EmbeddedS3}; injected by {@link
 * S3ServerExtension}.
 *
 * <p>Why per class: tests then never see each other's keys, need no cleanup, and can run in
 * parallel, while the server itself (half a second to start) is started once per JVM.
 *
 * <p>A final class rather than a record so that accessors can be added without breaking callers.
 */
public final class TestBucket {

  /** The key prefix {@link #uri()} uses. */
  public static final String DEFAULT_KEY_PREFIX = "s3db";

  private final EmbeddedS3 server;
  private final String name;

  TestBucket(EmbeddedS3 server, String name) {
    this.server = Objects.requireNonNull(server, "server");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** {@return the bucket's name: random, lower-case, unique within the run} */
  public String name() {
    return name;
  }

  /**
   * {@return the s3db connection string for this bucket with key prefix {@value
   * #DEFAULT_KEY_PREFIX}, e.g. {@code http://s3db-access:s3db-secret@127.0.0.1:PORT/t-k3x9…/s3db}}
   */
  public String uri() {
    return server.uri(name, DEFAULT_KEY_PREFIX);
  }

  /**
   * The s3db connection string for this bucket with the given key prefix.
   *
   * @param keyPrefix where the database's keys start inside the bucket, without leading or trailing
   *     {@code /} (they are dropped); {@code ""} for the bucket's root
   * @return a connection string like {@link #uri()}'s, with this prefix
   */
  public String uri(String keyPrefix) {
    return server.uri(name, keyPrefix);
  }

  /** {@return the server's shared client (do not close it)} */
  public S3Client client() {
    return server.client();
  }

  /** {@return the server the bucket lives on} */
  public EmbeddedS3 server() {
    return server;
  }

  @Override
  public String toString() {
    return "TestBucket[" + name + " on " + server.endpoint() + "]";
  }
}
