package io.s3db.internal;

import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Connects a database from what the builder collected: the settings merged with the connection
 * string's, the plugins set up, the S3 client built with their interceptors (unless one was given),
 * the catalog read and the resources registered, the plugins started. A failure on the way closes
 * what was opened.
 */
public final class Connector {
  private Connector() {}

  public static S3db open(Settings settings) {
    ConnectionString parsed =
        settings.uri() == null ? null : ConnectionString.parse(settings.uri());
    String bucket = first(settings.bucket(), parsed == null ? null : parsed.bucket());
    if (bucket == null || bucket.isEmpty()) {
      throw new S3dbConfigurationException(
          "No bucket: give a connection string (S3db.connect(\"s3://KEY:SECRET@"
              + "bucket/prefix\")) or S3db.builder().bucket(\"…\").");
    }
    String keyPrefix =
        normalisePrefix(first(settings.keyPrefix(), parsed == null ? null : parsed.keyPrefix()));
    EventBus bus = new EventBus();
    settings.listeners().forEach(bus::add);
    S3Client given = settings.client();
    Plugins plugins = new Plugins(settings.plugins(), bus, given == null);
    plugins.setup();
    S3Connection connection =
        given != null ? S3Connection.given(given) : connect(settings, parsed, plugins);
    String passphrase = first(settings.passphrase(), parsed == null ? null : parsed.passphrase());
    DefaultS3db db =
        new DefaultS3db(connection, bucket, keyPrefix, passphrase, settings, bus, plugins);
    try {
      db.registerAll();
      plugins.start(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static S3Connection connect(
      Settings settings, @Nullable ConnectionString parsed, Plugins plugins) {
    URI endpoint =
        settings.endpoint() != null
            ? settings.endpoint()
            : parsed == null ? null : parsed.endpoint();
    List<ExecutionInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new RequestLog(settings.verbose()));
    interceptors.addAll(plugins.requestInterceptors());
    int parallelism = settings.parallelism();
    for (int p : settings.resourceParallelism().values()) {
      parallelism = Math.max(parallelism, p);
    }
    return S3Clients.create(
        endpoint,
        first(settings.region(), parsed == null ? null : parsed.region()),
        first(settings.accessKey(), parsed == null ? null : parsed.accessKey()),
        first(settings.secretKey(), parsed == null ? null : parsed.secretKey()),
        parsed == null ? null : parsed.sessionToken(),
        parallelism,
        interceptors);
  }

  /**
   * {@code a//b/} → {@code a/b}; {@code .} and {@code ..} segments are refused rather than
   * resolved.
   */
  private static String normalisePrefix(@Nullable String prefix) {
    if (prefix == null) {
      return "";
    }
    List<String> segments = new ArrayList<>();
    for (String segment : prefix.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        throw new S3dbConfigurationException(
            "Key prefix '"
                + prefix
                + "' contains a '"
                + segment
                + "' segment; give the prefix without it.");
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
