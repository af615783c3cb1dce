package io.s3db.storage;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * Two schema versions of one versioned resource; the test registers the second under the first's
 * name.
 */
final class Notes {
  private Notes() {}

  @S3Resource(name = "notes", versioning = true)
  record NoteV1(@Nullable String id, String text) {}

  @S3Resource(name = "notesNext", versioning = true)
  record NoteV2(@Nullable String id, String text, @Nullable String tag) {}
}
