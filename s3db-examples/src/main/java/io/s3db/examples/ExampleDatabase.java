package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.testing.EmbeddedS3;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Where the examples keep their data: the S3 server named by {@code S3DB_URI} (AWS, MinIO, …) if
 * set, otherwise an embedded S3 server (S3Proxy) storing files under {@code target/s3-data}.
 */
final class ExampleDatabase implements AutoCloseable {
  private final @Nullable EmbeddedS3 embedded;
  private final S3db db;

  private ExampleDatabase(@Nullable EmbeddedS3 embedded, S3db db) {
    this.embedded = embedded;
    this.db = db;
  }

  static ExampleDatabase open(String keyPrefix) {
    return open(keyPrefix, (String) null);
  }

  /** With more settings than the connection string's, e.g. {@code b -> b.plugin(costs)}. */
  static ExampleDatabase open(String keyPrefix, Consumer<S3dbBuilder> configure) {
    return open(keyPrefix, null, configure);
  }

  /**
   * @param passphrase encrypts {@code @Secret} fields; {@code S3DB_PASSPHRASE} overrides it
   */
  static ExampleDatabase open(String keyPrefix, @Nullable String passphrase) {
    return open(keyPrefix, passphrase, b -> {});
  }

  private static ExampleDatabase open(
      String keyPrefix, @Nullable String passphrase, Consumer<S3dbBuilder> configure) {
    String fromEnvironment = System.getenv("S3DB_PASSPHRASE");
    String secret = fromEnvironment != null ? fromEnvironment : passphrase;
    String uri = System.getenv("S3DB_URI");
    if (uri != null && !uri.isBlank()) {
      System.out.println("Using S3DB_URI (credentials hidden)");
      return new ExampleDatabase(null, connect(uri, secret, configure));
    }
    EmbeddedS3 server = EmbeddedS3.onDisk(Path.of("target", "s3-data"));
    server.createBucket("examples");
    int removed = wipe(server.client(), keyPrefix);
    System.out.println(
        "Started an embedded S3 server at "
            + server.endpoint()
            + " (data in target/s3-data/examples/"
            + keyPrefix
            + (removed > 0 ? ", the last run's " + removed + " objects removed" : "")
            + "); set S3DB_URI to use real S3 or MinIO instead.");
    return new ExampleDatabase(
        server, connect(server.uri("examples", keyPrefix), secret, configure));
  }

  private static S3db connect(
      String uri, @Nullable String passphrase, Consumer<S3dbBuilder> configure) {
    S3dbBuilder builder = S3db.builder().uri(uri);
    if (passphrase != null) {
      builder.passphrase(passphrase);
    }
    configure.accept(builder);
    return builder.build();
  }

  S3db db() {
    return db;
  }

  /** The embedded server, to show the raw objects; null when running against S3DB_URI. */
  @Nullable EmbeddedS3 embedded() {
    return embedded;
  }

  @Override
  public void close() {
    db.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  /**
   * Removes what an earlier run of the example left on the embedded server, so that every run
   * starts fresh (its data stays on disk after the run, to look at).
   */
  private static int wipe(S3Client client, String keyPrefix) {
    int removed = 0;
    for (S3Object object :
        client
            .listObjectsV2Paginator(b -> b.bucket("examples").prefix(keyPrefix + "/"))
            .contents()) {
      client.deleteObject(b -> b.bucket("examples").key(object.key()));
      removed++;
    }
    return removed;
  }
}
