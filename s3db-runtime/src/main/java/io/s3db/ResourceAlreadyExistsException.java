package io.s3db;

/** {@code insert} of an id that is already taken. The stored record is untouched. */
public class ResourceAlreadyExistsException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime.
   *
   * @param resource the resource name
   * @param id the record's id
   */
  public ResourceAlreadyExistsException(String resource, String id) {
    super(
        "A record already exists for "
            + where(resource, id)
            + ". Use update or upsert to change it.",
        resource,
        id,
        null);
  }
}
