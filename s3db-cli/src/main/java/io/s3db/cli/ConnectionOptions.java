package io.s3db.cli;

import io.s3db.S3dbConfigurationException;
import io.s3db.internal.ConnectionString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every command that reads a bucket has: where it is, its passphrase, verbosity. */
final class ConnectionOptions {
  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "The database's connection string (default: S3DB_URI): s3://KEY:SECRET@bucket/prefix"
              + "[?region=…] or http(s)://KEY:SECRET@host:port/bucket/prefix.")
  @Nullable String uri;

  @Option(
      names = "--passphrase",
      paramLabel = "TEXT",
      description =
          "The passphrase of secret attributes (default: S3DB_PASSPHRASE). Prefer"
              + " --passphrase-file or the variable: other users can see a command line.")
  @Nullable String passphrase;

  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description = "Reads the passphrase from FILE, its whole content as it is (as s3db.js).")
  @Nullable Path passphraseFile;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "S3 requests in flight at most per bulk call (default: 10).")
  int parallelism = 10;

  @Option(
      names = {"-v", "--verbose"},
      description = "Stack traces with errors, and every S3 request logged on stderr.")
  boolean verbose;

  /** Connects: reads the catalog once. */
  Session open() {
    String connection = uri;
    if (connection == null || connection.isBlank()) {
      throw CliException.usage(
          "no database given: pass --uri URI or set " + EnvironmentDefaults.URI);
    }
    if (parallelism < 1) {
      throw CliException.usage("--parallelism must be at least 1, was " + parallelism);
    }
    ConnectionString parsed;
    try {
      parsed = ConnectionString.parse(connection);
    } catch (S3dbConfigurationException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
    String secret = null;
    if (passphraseFile != null) {
      try {
        secret = new String(Files.readAllBytes(passphraseFile), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CliException.usage("cannot read the passphrase file " + passphraseFile + ": " + e);
      }
    } else if (passphrase != null) {
      secret = passphrase;
    }
    return Session.open(new Session.Settings(connection, parsed, secret, parallelism, verbose));
  }
}
