package io.s3db.internal.layout;

import java.util.Map;

/**
 * {@code enforce-limits}: metadata only; a record that does not fit is refused before any request.
 */
final class EnforceLimits implements Layout {

  @Override
  public StoredObject write(Map<String, String> metadata, WriteContext context) {
    if (!Layout.fits(metadata)) {
      throw Layout.tooLarge(metadata, context);
    }
    return StoredObject.metadataOnly(metadata);
  }
}
