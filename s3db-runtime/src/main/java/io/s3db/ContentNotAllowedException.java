package io.s3db;

/**
 * A record cannot hold binary content: its fields are (partly) in its object's body, because its
 * behavior is body-overflow or body-only or because it did not fit in 2 KB of metadata. Nothing was
 * written.
 */
public class ContentNotAllowedException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime.
   *
   * @param resource the resource name
   * @param id the record's id
   */
  public ContentNotAllowedException(String resource, String id) {
    super(
        "Record '"
            + id
            + "' of resource '"
            + resource
            + "' keeps fields in its object's body (its behavior is body-overflow or body-only,"
            + " or it did not fit in 2 KB of metadata), so the body cannot hold binary content."
            + " Keep content in a resource whose records fit in metadata (user-managed,"
            + " enforce-limits or truncate-data), e.g. a separate resource keyed by the same id.",
        resource,
        id,
        null);
  }
}
