package io.s3db.events;

import java.util.List;

/**
 * This database wrote the catalog, as s3db.js's {@code metadataUploaded}.
 *
 * @param key the catalog's object key ({@code <prefix>/s3db.json})
 * @param resources the resources whose entries the write created or changed
 */
public record CatalogUploadedEvent(String key, List<String> resources) {
  public CatalogUploadedEvent {
    resources = List.copyOf(resources);
  }
}
