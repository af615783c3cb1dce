package io.s3db.interop;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * One record shape per s3db.js behavior, for {@link BehaviorsTest}. Fields are in s3db.js's
 * attribute order, so {@code summary} has the highest metadata key: it is the field s3db.js's
 * truncate-data blanks when its cut leaves the record over the limit (and, were that field empty
 * already, where it would loop forever, FORMAT.md §5.2).
 */
final class Notes {
  private Notes() {}

  /** What every note has. */
  interface Note {
    @Nullable String id();

    String title();

    int rank();

    String body();

    String summary();
  }

  /** Makes a note of one of the records below. */
  interface Maker<T extends Note> {
    T make(String id, String title, int rank, String body, String summary);
  }

  @S3Resource(name = "notes_user_managed")
  record UserManaged(@Nullable String id, String title, int rank, String body, String summary)
      implements Note {}

  @S3Resource(name = "notes_body_overflow")
  @Behavior(BehaviorMode.BODY_OVERFLOW)
  record BodyOverflow(@Nullable String id, String title, int rank, String body, String summary)
      implements Note {}

  @S3Resource(name = "notes_body_only")
  @Behavior(BehaviorMode.BODY_ONLY)
  record BodyOnly(@Nullable String id, String title, int rank, String body, String summary)
      implements Note {}

  @S3Resource(name = "notes_truncate_data")
  @Behavior(BehaviorMode.TRUNCATE_DATA)
  record TruncateData(@Nullable String id, String title, int rank, String body, String summary)
      implements Note {}

  @S3Resource(name = "notes_enforce_limits")
  @Behavior(BehaviorMode.ENFORCE_LIMITS)
  record EnforceLimits(@Nullable String id, String title, int rank, String body, String summary)
      implements Note {}
}
