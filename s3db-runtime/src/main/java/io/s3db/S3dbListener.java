package io.s3db;

/**
 * Hears what a database does that callers may want to know about but that is not an error. Register
 * one with {@link S3db.Builder#listener}; every method has an empty default, so implement only what
 * you need. Called on the thread doing the work: keep it quick.
 */
public interface S3dbListener {

  /** A record did not fit in S3's 2 KB of metadata and its behavior stored it another way. */
  default void exceedsLimit(ExceedsLimitEvent event) {}

  /** Connecting registered a new schema version of a resource in {@code s3db.json}. */
  default void versionUpdated(VersionUpdatedEvent event) {}
}
