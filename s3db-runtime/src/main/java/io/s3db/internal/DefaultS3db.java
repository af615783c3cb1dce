package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.documents.Documents;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.documents.DocumentDescriptors;
import io.s3db.spi.DaoHost;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.spi.S3dbModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The database: the S3 client, the catalog, the plugins, and one DAO per registered resource. Built
 * by {@link Connector}.
 */
public final class DefaultS3db implements S3db, DaoHost {
  private final S3Connection s3;
  private final String bucket;
  private final String keyPrefix;
  private final Parallel parallel;
  private final Catalog catalog;
  private final @Nullable SecretCipher cipher;
  private final Settings settings;
  private final EventBus bus;
  private final Plugins plugins;
  private final Map<String, ResourceDao<?>> daosByName = new HashMap<>();
  private final Map<Class<?>, ResourceDao<?>> daosByType = new HashMap<>();
  private final Map<String, DocumentsDao> documentsByName = new HashMap<>();

  DefaultS3db(
      S3Connection s3,
      String bucket,
      String keyPrefix,
      @Nullable String passphrase,
      Settings settings,
      EventBus bus,
      Plugins plugins) {
    this.s3 = s3;
    this.bucket = bucket;
    this.keyPrefix = keyPrefix;
    this.parallel = new Parallel(settings.parallelism(), settings.threads());
    this.catalog = new Catalog(s3, bucket, keyPrefix, bus);
    this.cipher = passphrase == null ? null : new SecretCipher(passphrase);
    this.settings = settings;
    this.bus = bus;
    this.plugins = plugins;
  }

  /** Registers the resources of the modules given, or of the class path. */
  void registerAll() {
    synchronized (daosByName) {
      register(descriptors(settings.modules()));
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> S3Dao<T> engine(ResourceDescriptor<T> descriptor) {
    synchronized (daosByName) {
      ResourceDao<?> dao = daosByName.get(descriptor.name());
      if (dao == null) {
        register(List.of(descriptor));
        dao = Objects.requireNonNull(daosByName.get(descriptor.name()));
      }
      checkPassphrase(dao.engine());
      if (dao.engine().descriptor().type() != descriptor.type()) {
        throw new S3dbConfigurationException(
            "Resource '"
                + descriptor.name()
                + "' is registered for "
                + dao.engine().descriptor().type().getName()
                + ", not "
                + descriptor.type().getName()
                + ". Give one of them another @S3Resource(name = …).");
      }
      return (ResourceDao<T>) dao;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> S3Dao<T> dao(Class<T> type) {
    synchronized (daosByName) {
      ResourceDao<?> dao = daosByType.get(type);
      if (dao == null) {
        throw new S3dbConfigurationException(
            "No resource is registered for "
                + type.getName()
                + ". Possible"
                + " causes: 1. the record is not annotated with @S3Resource; 2. s3db-processor is not on the"
                + " annotation processor path (annotationProcessorPaths); 3. on JDK 23+, annotation processing"
                + " is off (add -proc:full); 4. modules were given to S3db.builder().module(…) and this one was"
                + " not. Or use the generated <Record>Dao.of(db), which needs no lookup.");
      }
      checkPassphrase(dao.engine());
      return (S3Dao<T>) dao;
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

  /**
   * Builds the view from the catalog entry as it is: its registration is read, never reconciled, so
   * opening writes nothing. A typed DAO of the same resource is a separate engine; both read and
   * write the same objects.
   */
  @Override
  public Documents documents(String resourceName) {
    synchronized (daosByName) {
      DocumentsDao documents = documentsByName.get(resourceName);
      if (documents == null) {
        ObjectNode resources = catalog.resourcesNow();
        JsonNode entry = resources.get(resourceName);
        if (entry == null || !entry.isObject()) {
          List<String> known = new ArrayList<>();
          resources.fieldNames().forEachRemaining(known::add);
          throw new ResourceNotFoundException(resourceName, known);
        }
        DocumentDescriptors descriptors = new DocumentDescriptors(resourceName, entry);
        ResourceDescriptor<ObjectNode> descriptor = descriptors.descriptor();
        ResourceSchema schema = new ResourceSchema(descriptor);
        documents =
            new DocumentsDao(
                engineOf(descriptor, schema, CatalogRules.existing((ObjectNode) entry)),
                descriptors);
        documentsByName.put(resourceName, documents);
      }
      checkPassphrase(documents.engine());
      return documents;
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
  public List<String> resources() {
    return catalog.resourceNames();
  }

  @Override
  public boolean resourceExists(String name) {
    return resources().contains(name);
  }

  /** Stops the plugins, then releases the threads and the client s3db built. */
  @Override
  public void close() {
    plugins.stop();
    parallel.close();
    s3.close();
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
    ResourceDao<T> dao = engineOf(descriptor, schema, registration);
    daosByName.put(descriptor.name(), dao);
    daosByType.put(descriptor.type(), dao);
  }

  private <T> ResourceDao<T> engineOf(
      ResourceDescriptor<T> descriptor, ResourceSchema schema, Registration registration) {
    KeyMapping mapping =
        new KeyMapping(schema.paths(), registration.mapping(), registration.burned());
    Integer own = settings.resourceParallelism().get(descriptor.name());
    ResourceDao<T> dao =
        new ResourceDao<>(
            new ResourceSetup<>(
                s3,
                bucket,
                keyPrefix,
                own == null ? parallel : parallel.withParallelism(own),
                descriptor,
                mapping,
                registration.version(),
                schema.hasSecrets() ? cipher : null,
                bus,
                plugins.interceptors(),
                legacy(schema, registration),
                settings.clock()));
    for (HookSetup<?> setup : settings.hooks()) {
      setup.applyTo(descriptor.type(), dao.hooks());
    }
    return dao;
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
}
