package io.s3db.spark;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.documents.Documents;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of one read or write, as the driver parsed them; shipped to every task, which opens
 * its own {@link S3db} with them (an {@code S3db} holds an S3 client and cannot be serialized).
 *
 * @param uri the connection string, as {@link S3db#connect} takes it
 * @param resource the resource name, as in {@code s3db.json}
 * @param passphrase the passphrase of the resource's secrets; null without secrets
 * @param parallelism the most S3 requests one task has in flight
 * @param splits how many input partitions a read is cut into; 0 lets the source choose
 */
record S3dbOptions(
    String uri, String resource, @Nullable String passphrase, int parallelism, int splits)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String URI = "uri";
  static final String RESOURCE = "resource";
  static final String PASSPHRASE = "passphrase";
  static final String PARALLELISM = "parallelism";
  static final String SPLITS = "splits";

  /** Spark's and the library's default alike: 10 requests in flight. */
  static final int DEFAULT_PARALLELISM = 10;

  S3dbOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("option parallelism must be at least 1: " + parallelism);
    }
    if (splits < 0) {
      throw new IllegalArgumentException("option splits must not be negative: " + splits);
    }
  }

  /**
   * Reads the options Spark passes (its maps are case-insensitive; plain maps are looked up in
   * lower case too, as Spark lowers the keys of table properties).
   */
  static S3dbOptions of(Map<String, String> options) {
    return new S3dbOptions(
        required(options, URI),
        required(options, RESOURCE),
        get(options, PASSPHRASE),
        number(options, PARALLELISM, DEFAULT_PARALLELISM),
        number(options, SPLITS, 0));
  }

  S3db open() {
    S3dbBuilder builder = S3db.builder().uri(uri).parallelism(parallelism);
    if (passphrase != null) {
      builder.passphrase(passphrase);
    }
    return builder.build();
  }

  /**
   * The resource's documents on {@code db}, which is closed if they cannot be opened (a reader or
   * writer that fails in its constructor is never closed by Spark).
   */
  Documents documentsOn(S3db db) {
    try {
      return db.documents(resource);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static @Nullable String get(Map<String, String> options, String name) {
    String value = options.get(name);
    return value != null ? value : options.get(name.toLowerCase(Locale.ROOT));
  }

  private static String required(Map<String, String> options, String name) {
    String value = get(options, name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "the s3db data source needs option \"" + name + "\" (uri and resource are required)");
    }
    return value;
  }

  private static int number(Map<String, String> options, String name, int fallback) {
    String value = get(options, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option " + name + " must be a whole number: \"" + value + "\"", e);
    }
  }

  /** Never the passphrase, nor the credentials of the uri: plans and logs print options. */
  @Override
  public String toString() {
    return "S3dbOptions[uri="
        + uri.replaceAll("//[^@/]*@", "//***@")
        + ", resource="
        + resource
        + ", passphrase="
        + (passphrase == null ? "none" : "***")
        + ", parallelism="
        + parallelism
        + ", splits="
        + splits
        + "]";
  }
}
