package io.s3db.storage;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * The s3db.js behavior vectors' resource (attributes a, b, c, d), once per behavior, as s3db.js
 * named them.
 */
final class Records {
  private Records() {}

  @S3Resource(name = "r_user_managed")
  record UserManagedBig(@Nullable String id, String a, String b, String c, String d) {}

  @S3Resource(name = "r_enforce_limits")
  @Behavior(BehaviorMode.ENFORCE_LIMITS)
  record EnforcedBig(@Nullable String id, String a, String b, String c, String d) {}

  @S3Resource(name = "r_truncate_data")
  @Behavior(BehaviorMode.TRUNCATE_DATA)
  record TruncatedBig(@Nullable String id, String a, String b, String c, String d) {}

  @S3Resource(name = "r_body_overflow")
  @Behavior(BehaviorMode.BODY_OVERFLOW)
  record OverflowBig(@Nullable String id, String a, String b, String c, String d) {}

  @S3Resource(name = "r_body_only")
  @Behavior(BehaviorMode.BODY_ONLY)
  record BodyOnlyBig(@Nullable String id, String a, String b, String c, String d) {}

  /** Truncation must leave numbers alone and cut text at character boundaries. */
  @S3Resource(name = "r_truncate_mixed")
  @Behavior(BehaviorMode.TRUNCATE_DATA)
  record TruncatedMixed(@Nullable String id, String text, long number, String emoji) {}

  /** A record with binary content. */
  @S3Resource(name = "r_documents")
  record Document(@Nullable String id, String title, int pages) {}
}
