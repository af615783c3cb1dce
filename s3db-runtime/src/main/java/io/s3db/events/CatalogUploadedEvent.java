package io.s3db.events;

import java.util.List;

/**
 * This database wrote the catalog, as s3db.js's {@code metadataUploaded}.
 *
 * @param key the catalog's object key ({@code <prefix>/s3db.json})
 * @param resources the resources whose entries the write created or changed
 */
public record CatalogUploadedEvent(String key, List<String> resources) {
  /**
   * Copies {@code resources} into an unmodifiable list.
   *
   * @param key the catalog's object key
   * @param resources the resources whose entries the write created or changed; not null, nor any
   *     element
   */
  public CatalogUploadedEvent {
    resources = List.copyOf(resources);
  }
}
