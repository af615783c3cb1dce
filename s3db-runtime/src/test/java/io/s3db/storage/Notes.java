package io.s3db.storage;

import io.s3db.annotations.S3Resource;
import io.s3db.spi.ResourceDescriptor;
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

  /**
   * {@link NoteV2}'s generated descriptor under {@link NoteV1}'s resource name: its next version.
   */
  static ResourceDescriptor<NoteV2> secondVersion() {
    ResourceDescriptor<NoteV2> next = Notes_NoteV2Dao.DESCRIPTOR;
    return new ResourceDescriptor<>(
        NoteV2.class,
        "notes",
        next.idSize(),
        next.idGenerator(),
        next.attributes(),
        next.codec(),
        next.validator(),
        next.partitions(),
        next.paranoid(),
        next.behavior(),
        next.timestamps(),
        next.versioning());
  }
}
