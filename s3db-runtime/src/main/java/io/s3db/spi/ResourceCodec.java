package io.s3db.spi;

/**
 * Converts a record to and from S3 user metadata. Generated per resource; the generated class holds
 * the metadata key of every field as a constant, so nothing is looked up by name at run time.
 */
public interface ResourceCodec<T> {

  /** The record's id, or null when the caller wants one generated. */
  @org.jspecify.annotations.Nullable
  String id(T record);

  /** A copy of the record with the given id. */
  T withId(T record, String id);

  /**
   * The record with every null field that has a {@code @Default} set to it, and every null
   * non-nullable {@code @Secret} set to a generated password; the record itself when nothing is
   * missing.
   */
  T applyDefaults(T record, Defaults defaults);

  /**
   * A copy of the record with these {@code createdAt} and {@code updatedAt}; generated for
   * {@code @S3Resource(timestamps = true)} only.
   */
  default T withTimestamps(
      T record,
      java.time.@org.jspecify.annotations.Nullable Instant createdAt,
      java.time.@org.jspecify.annotations.Nullable Instant updatedAt) {
    throw new UnsupportedOperationException("not a timestamped resource");
  }

  /** The record's {@code createdAt}; generated for {@code @S3Resource(timestamps = true)} only. */
  default java.time.@org.jspecify.annotations.Nullable Instant createdAt(T record) {
    throw new UnsupportedOperationException("not a timestamped resource");
  }

  /** Writes every field but the id (which lives in the object key). */
  void encode(T record, MetadataWriter out);

  /** Rebuilds the record from the metadata of the object {@code id}. */
  T decode(String id, MetadataReader in);
}
