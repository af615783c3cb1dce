package io.s3db.internal;

import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.S3dbListener;
import io.s3db.VersionUpdatedEvent;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.spi.DaoHost;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.spi.S3dbModule;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/** The database: the S3 client, the catalog, and one engine per registered resource. */
public final class DefaultS3db implements S3db, DaoHost {
  private final S3Client s3;
  private final boolean ownsClient;
  private final String bucket;
  private final String keyPrefix;
  private final Parallel parallel;
  private final Catalog catalog;
  private final @Nullable SecretCipher cipher;
  private final S3dbListener listener;
  private final Clock clock;
  private final Map<String, ResourceEngine<?>> enginesByName = new HashMap<>();
  private final Map<Class<?>, ResourceEngine<?>> enginesByType = new HashMap<>();

  private DefaultS3db(
      S3Client s3,
      boolean ownsClient,
      String bucket,
      String keyPrefix,
      int parallelism,
      @Nullable String passphrase,
      S3dbListener listener,
      Clock clock) {
    this.clock = clock;
    this.s3 = s3;
    this.ownsClient = ownsClient;
    this.bucket = bucket;
    this.keyPrefix = keyPrefix;
    this.parallel = new Parallel(parallelism);
    this.catalog = new Catalog(s3, bucket, keyPrefix);
    this.cipher = passphrase == null ? null : new SecretCipher(passphrase);
    this.listener = listener;
  }

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
    S3Client client = settings.client();
    boolean owns = client == null;
    if (client == null) {
      URI endpoint =
          settings.endpoint() != null
              ? settings.endpoint()
              : parsed == null ? null : parsed.endpoint();
      client =
          S3Clients.create(
              endpoint,
              first(settings.region(), parsed == null ? null : parsed.region()),
              first(settings.accessKey(), parsed == null ? null : parsed.accessKey()),
              first(settings.secretKey(), parsed == null ? null : parsed.secretKey()),
              parsed == null ? null : parsed.sessionToken(),
              settings.parallelism());
    }
    String passphrase = first(settings.passphrase(), parsed == null ? null : parsed.passphrase());
    DefaultS3db db =
        new DefaultS3db(
            client,
            owns,
            bucket,
            keyPrefix,
            settings.parallelism(),
            passphrase,
            settings.listener(),
            settings.clock());
    try {
      db.register(descriptors(settings.modules()));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> S3Dao<T> engine(ResourceDescriptor<T> descriptor) {
    synchronized (enginesByName) {
      ResourceEngine<?> engine = enginesByName.get(descriptor.name());
      if (engine == null) {
        register(List.of(descriptor));
        engine = Objects.requireNonNull(enginesByName.get(descriptor.name()));
      }
      checkPassphrase(engine);
      if (engine.descriptor().type() != descriptor.type()) {
        throw new S3dbConfigurationException(
            "Resource '"
                + descriptor.name()
                + "' is registered for "
                + engine.descriptor().type().getName()
                + ", not "
                + descriptor.type().getName()
                + ". Give one of them another @S3Resource(name = …).");
      }
      return (ResourceEngine<T>) engine;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> S3Dao<T> dao(Class<T> type) {
    synchronized (enginesByName) {
      ResourceEngine<?> engine = enginesByType.get(type);
      if (engine == null) {
        throw new S3dbConfigurationException(
            "No resource is registered for "
                + type.getName()
                + ". Possible"
                + " causes: 1. the record is not annotated with @S3Resource; 2. s3db-processor is not on the"
                + " annotation processor path (annotationProcessorPaths); 3. on JDK 23+, annotation processing"
                + " is off (add -proc:full); 4. modules were given to S3db.builder().module(…) and this one was"
                + " not. Or use the generated <Record>Dao.of(db), which needs no lookup.");
      }
      checkPassphrase(engine);
      return (S3Dao<T>) engine;
    }
  }

  /**
   * A resource with secrets is refused without a passphrase when it is first asked for, not at
   * connect, so the other resources of the class path stay usable.
   */
  private void checkPassphrase(ResourceEngine<?> engine) {
    if (engine.hasSecrets() && cipher == null) {
      throw new S3dbConfigurationException(
          "Resource '"
              + engine.name()
              + "' has @Secret fields but the"
              + " database has no passphrase. Set S3db.builder().passphrase(…) or ?passphrase= in the connection"
              + " string; to share data with s3db.js, use its security.passphrase (s3db.js's default is \"secret\").");
    }
  }

  @Override
  public String bucket() {
    return bucket;
  }

  @Override
  public String keyPrefix() {
    return keyPrefix;
  }

  @Override
  public void close() {
    parallel.close();
    if (ownsClient) {
      s3.close();
    }
  }

  @Override
  public String toString() {
    return "S3db[bucket=" + bucket + ", keyPrefix=" + keyPrefix + "]";
  }

  private void register(List<ResourceDescriptor<?>> descriptors) {
    List<ResourceSchema> schemas = new ArrayList<>();
    for (ResourceDescriptor<?> descriptor : descriptors) {
      schemas.add(new ResourceSchema(descriptor));
    }
    Map<String, Registration> registrations = catalog.register(schemas);
    for (int i = 0; i < descriptors.size(); i++) {
      add(
          descriptors.get(i),
          schemas.get(i),
          Objects.requireNonNull(registrations.get(schemas.get(i).name())));
    }
  }

  private <T> void add(
      ResourceDescriptor<T> descriptor, ResourceSchema schema, Registration registration) {
    if (registration.previousVersion() != null) {
      listener.versionUpdated(
          new VersionUpdatedEvent(
              descriptor.name(), registration.previousVersion(), registration.version()));
    }
    KeyMapping mapping =
        new KeyMapping(schema.paths(), registration.mapping(), registration.burned());
    ResourceEngine<T> engine =
        new ResourceEngine<>(
            new ResourceSetup<>(
                s3,
                bucket,
                keyPrefix,
                parallel,
                descriptor,
                mapping,
                registration.version(),
                schema.hasSecrets() ? cipher : null,
                listener,
                legacy(schema, registration),
                clock));
    enginesByName.put(descriptor.name(), engine);
    enginesByType.put(descriptor.type(), engine);
  }

  private static Map<String, KeyMapping> legacy(ResourceSchema schema, Registration registration) {
    Map<String, KeyMapping> legacy = new HashMap<>();
    registration
        .legacyPaths()
        .forEach(
            (version, paths) -> legacy.put(version, KeyMapping.positional(schema.paths(), paths)));
    return legacy;
  }

  private static List<ResourceDescriptor<?>> descriptors(List<S3dbModule> given) {
    List<S3dbModule> modules = new ArrayList<>(given);
    if (modules.isEmpty()) {
      ServiceLoader.load(S3dbModule.class).forEach(modules::add);
    }
    Map<String, ResourceDescriptor<?>> byName = new LinkedHashMap<>();
    for (S3dbModule module : modules) {
      for (ResourceDescriptor<?> descriptor : module.resources()) {
        ResourceDescriptor<?> other = byName.putIfAbsent(descriptor.name(), descriptor);
        if (other != null && other.type() != descriptor.type()) {
          throw new S3dbConfigurationException(
              "Resource name '"
                  + descriptor.name()
                  + "' is used by both "
                  + other.type().getName()
                  + " and "
                  + descriptor.type().getName()
                  + ". Give one of them another @S3Resource(name = …).");
        }
      }
    }
    return new ArrayList<>(byName.values());
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
