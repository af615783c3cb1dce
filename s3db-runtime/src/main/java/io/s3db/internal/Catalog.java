package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3dbException;
import io.s3db.events.CatalogUploadedEvent;
import io.s3db.events.ResourceCreatedEvent;
import io.s3db.events.S3dbListener;
import io.s3db.events.VersionUpdatedEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog {@code <prefix>/s3db.json} in the s3db.js 21.x format (FORMAT.md §2): resources,
 * their schema versions and the {@code schemaRegistry} that pins each attribute's metadata key.
 *
 * <p>Registering reads the catalog once; it writes only when a resource is new or gained attributes
 * ({@link CatalogRules}), and then conditionally ({@link CatalogFile}), re-reading and merging when
 * another writer got there first, so concurrent writers never lose each other's resources.
 * Everything this library does not understand in the file is kept as it is. Once a write is stored,
 * the listeners hear of it: resources created, versions added, the catalog uploaded.
 */
final class Catalog {
  private static final int MAX_ATTEMPTS = 8;

  private final CatalogFile file;
  private final S3dbListener events;

  Catalog(S3Connection s3, String bucket, String keyPrefix, S3dbListener events) {
    this.file = new CatalogFile(s3, bucket, keyPrefix);
    this.events = events;
  }

  /** The names of the resources in {@code s3db.json} now (read again), in the file's order. */
  List<String> resourceNames() {
    List<String> names = new ArrayList<>();
    JsonNode resources = file.load().document().path("resources");
    for (Iterator<String> it = resources.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /**
   * The {@code resources} object of {@code s3db.json} now (read again), for a view opened from the
   * catalog alone: nothing is written.
   */
  ObjectNode resourcesNow() {
    JsonNode resources = file.load().document().path("resources");
    return resources.isObject() ? (ObjectNode) resources : JsonNodeFactory.instance.objectNode();
  }

  /**
   * Registers the schemas (creating or extending their catalog entries) and returns where each
   * stands.
   */
  Map<String, Registration> register(List<ResourceSchema> schemas) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      CatalogFile.Loaded loaded = file.load();
      Map<String, Registration> registrations = new LinkedHashMap<>();
      List<String> created = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      for (ResourceSchema schema : schemas) {
        boolean isNew = !loaded.document().path("resources").has(schema.name());
        CatalogRules.Reconciled reconciled = CatalogRules.reconcile(loaded.document(), schema);
        registrations.put(schema.name(), reconciled.registration());
        if (reconciled.changed()) {
          changed.add(schema.name());
          if (isNew) {
            created.add(schema.name());
          }
        }
      }
      if (changed.isEmpty()) {
        return registrations;
      }
      if (file.store(loaded)) {
        tell(registrations, created, changed);
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

  private void tell(
      Map<String, Registration> registrations, List<String> created, List<String> changed) {
    for (String name : changed) {
      Registration registration = registrations.get(name);
      if (registration == null) {
        continue;
      }
      if (created.contains(name)) {
        events.resourceCreated(new ResourceCreatedEvent(name, registration.version()));
      } else if (registration.previousVersion() != null) {
        events.versionUpdated(
            new VersionUpdatedEvent(name, registration.previousVersion(), registration.version()));
      }
    }
    events.catalogUploaded(new CatalogUploadedEvent(file.key(), changed));
  }
}
