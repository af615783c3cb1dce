package io.s3db.internal.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code user-managed}, s3db.js 21.x's default: metadata when it fits; otherwise metadata {@code
 * _v} and a JSON body of every field, as s3db.js's insert does, and an {@code exceedsLimit} event.
 * (s3db.js's update sends full metadata anyway, which AWS rejects; this does not.)
 */
final class UserManaged implements Layout {

  @Override
  public StoredObject write(Map<String, String> metadata, WriteContext context) {
    if (Layout.fits(metadata)) {
      return StoredObject.metadataOnly(metadata);
    }
    context.exceeded(Layout.size(metadata), "body");
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put(VERSION_KEY, metadata.get(VERSION_KEY));
    return new StoredObject(kept, DataBody.of(metadata), DataBody.CONTENT_TYPE);
  }
}
