package io.s3db.internal;

import io.s3db.S3dbException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The catalog {@code <prefix>/s3db.json} in the s3db.js 21.x format (FORMAT.md §2): resources,
 * their schema versions and the {@code schemaRegistry} that pins each attribute's metadata key.
 *
 * <p>Registering reads the catalog once; it writes only when a resource is new or gained attributes
 * ({@link CatalogRules}), and then conditionally ({@link CatalogFile}), re-reading and merging when
 * another writer got there first, so concurrent writers never lose each other's resources.
 * Everything this library does not understand in the file is kept as it is.
 */
final class Catalog {
  private static final int MAX_ATTEMPTS = 8;

  private final CatalogFile file;

  Catalog(S3Client s3, String bucket, String keyPrefix) {
    this.file = new CatalogFile(s3, bucket, keyPrefix);
  }

  /**
   * Registers the schemas (creating or extending their catalog entries) and returns where each
   * stands.
   */
  Map<String, Registration> register(List<ResourceSchema> schemas) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      CatalogFile.Loaded loaded = file.load();
      Map<String, Registration> registrations = new LinkedHashMap<>();
      boolean changed = false;
      for (ResourceSchema schema : schemas) {
        CatalogRules.Reconciled reconciled = CatalogRules.reconcile(loaded.document(), schema);
        registrations.put(schema.name(), reconciled.registration());
        changed |= reconciled.changed();
      }
      if (!changed || file.store(loaded)) {
        return registrations;
      }
    }
    throw new S3dbException(
        "The catalog "
            + file.key()
            + " kept changing under concurrent writers; gave up after "
            + MAX_ATTEMPTS
            + " attempts. Retry.");
  }
}
