package io.s3db.cli;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.S3dbConfigurationException;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.Documents;
import io.s3db.internal.ConnectionString;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/** One connection of a run: the database, and its S3 client for what reads raw keys. */
final class Session implements AutoCloseable {
  /**
   * @param passphrase the passphrase (a file's whole content, read as UTF-8, as s3db.js reads a
   *     Buffer); null for none, but the connection string may still have one
   */
  record Settings(
      String uri,
      ConnectionString connection,
      @Nullable String passphrase,
      int parallelism,
      boolean verbose) {}

  private final Settings settings;
  private final S3Client client;
  private final S3db db;
  private @Nullable S3db keysOnly;

  private Session(Settings settings, S3Client client, S3db db) {
    this.settings = settings;
    this.client = client;
    this.db = db;
  }

  static Session open(Settings settings) {
    S3Client client = S3Clients.of(settings.connection(), settings.parallelism());
    try {
      return new Session(
          settings, client, builder(settings, client, settings.passphrase()).build());
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static S3dbBuilder builder(
      Settings settings, S3Client client, @Nullable String passphrase) {
    S3dbBuilder builder =
        S3db.builder()
            .uri(settings.uri())
            .client(client)
            .parallelism(settings.parallelism())
            .verbose(settings.verbose());
    if (passphrase != null) {
      builder.passphrase(passphrase);
    }
    return builder;
  }

  S3db db() {
    return db;
  }

  S3Client client() {
    return client;
  }

  boolean hasPassphrase() {
    return settings.passphrase() != null || settings.connection().passphrase() != null;
  }

  /**
   * The resource's documents, to read records or write them: a resource with secrets needs the
   * passphrase.
   */
  Documents documents(String resource) {
    try {
      return db.documents(resource);
    } catch (S3dbConfigurationException e) {
      if (hasPassphrase()) {
        throw e;
      }
      String secrets =
          keysOnly(resource).describe().attributes().stream()
              .filter(AttributeDescription::secret)
              .map(AttributeDescription::path)
              .collect(Collectors.joining(", "));
      throw CliException.failed(
          "resource '"
              + resource
              + "' has secret attributes ("
              + secrets
              + "): give the passphrase with --passphrase-file FILE, "
              + EnvironmentDefaults.PASSPHRASE
              + " or --passphrase");
    }
  }

  /**
   * The resource's documents for what reads keys and the catalog only ({@code describe}, {@code
   * count}, {@code stats}), which need no passphrase. The library refuses a resource with secrets
   * without one, so such a resource is opened on a second connection with a random passphrase:
   * nothing decrypts with it, and the commands that use this never write.
   */
  Documents keysOnly(String resource) {
    try {
      return db.documents(resource);
    } catch (S3dbConfigurationException e) {
      if (hasPassphrase()) {
        throw e;
      }
      if (keysOnly == null) {
        keysOnly = builder(settings, client, placeholder()).build();
      }
      return keysOnly.documents(resource);
    }
  }

  private static String placeholder() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }

  @Override
  public void close() {
    if (keysOnly != null) {
      keysOnly.close();
    }
    db.close();
    client.close();
  }
}
